package org.constable.intelligence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * The rules of intelligence as plain Java: who sees a report in every combination of author, unit,
 * reader, graded and restricted; which roles hold which intelligence permission; what an evaluation
 * and a sharing need.
 */
class WhoSeesAnIntelligenceReportTest {

    @Test
    void everyCombinationOfAuthorUnitReaderGradedAndRestricted() {
        for (int bits = 0; bits < 32; bits++) {
            boolean author = (bits & 1) != 0;
            boolean unit = (bits & 2) != 0;
            boolean reader = (bits & 4) != 0;
            boolean graded = (bits & 8) != 0;
            boolean restricted = (bits & 16) != 0;
            boolean expected = author || (!restricted && (unit || (reader && graded)));
            assertThat(ReportVisibilityRule.sees(author, unit, reader, graded, restricted))
                    .as("author=%s unit=%s reader=%s graded=%s restricted=%s", author, unit, reader, graded, restricted)
                    .isEqualTo(expected);
        }
    }

    @Test
    void onlyTheUnitEvaluatesCallHandlersSubmitWithoutReadingAndAuditorsAndAdministratorsDoNeither() {
        for (Role role : Role.values()) {
            Set<Role> one = EnumSet.of(role);
            assertThat(RolePermissions.grants(one, Permission.INTELLIGENCE_EVALUATE))
                    .as(role + " evaluates")
                    .isEqualTo(role == Role.INTELLIGENCE_ANALYST);
            boolean staffOnly = role == Role.AUDITOR || role == Role.ADMINISTRATOR;
            assertThat(RolePermissions.grants(one, Permission.INTELLIGENCE_SUBMIT))
                    .as(role + " submits")
                    .isEqualTo(!staffOnly);
            assertThat(RolePermissions.grants(one, Permission.INTELLIGENCE_READ))
                    .as(role + " reads graded intelligence")
                    .isEqualTo(EnumSet.of(
                                    Role.RESPONSE_OFFICER,
                                    Role.INVESTIGATOR,
                                    Role.INTELLIGENCE_ANALYST,
                                    Role.SUPERVISOR)
                            .contains(role));
        }
    }

    @Test
    void aCCodeNeedsItsConditionsAndEveryMissingPartIsNamed() {
        assertThatThrownBy(() -> Evaluation.decide(1, 2, "B", "C", "  ", "Low", "Text", "unit", Instant.EPOCH))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("handlingConditions"));
        assertThatThrownBy(() -> Evaluation.decide(1, 4, "F", "X", null, null, null, "unit", Instant.EPOCH))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly(
                                "sourceEvaluation", "assessment", "handlingCode", "riskAssessment", "sanitisedText"));
        Evaluation ok = Evaluation.decide(2, 3, "e", "p", null, "Low", "Sanitised", "unit", Instant.EPOCH);
        assertThat(ok.grade().code()).isEqualTo("3E P");
        assertThat(ok.grade().words())
                .isEqualTo("3E P — not reliable source; suspected to be false or malicious; lawful sharing permitted");
    }

    @Test
    void onlyAGradedItemIsSharedAndACodedOneOnlyWithConditions() {
        Evaluation coded = Evaluation.decide(1, 1, "A", "C", "Police only", "Low", "Text", "unit", Instant.EPOCH);
        assertThatThrownBy(() -> DisseminationRule.check(null, "Council", "Safeguarding", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("ungraded");
        assertThatThrownBy(() -> DisseminationRule.check(coded, "Council", "Safeguarding", ""))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("handlingConditions"));
        assertThat(DisseminationRule.check(coded, "Council", "Safeguarding", "Police only")
                        .handlingConditions())
                .isEqualTo("Police only");
    }
}
