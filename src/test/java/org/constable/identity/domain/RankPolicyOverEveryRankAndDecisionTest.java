package org.constable.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Rank;
import org.constable.identity.RankedDecision;
import org.junit.jupiter.api.Test;

/**
 * Over every rank and every ranked custody decision: seniority only ever adds decisions, police
 * staff and an unrecorded rank make none, and each decision falls exactly at the rank PACE names.
 */
class RankPolicyOverEveryRankAndDecisionTest {

    @Test
    void aHigherRankMayDoEverythingALowerRankMay() {
        for (RankedDecision d : RankedDecision.values()) {
            for (Rank lower : Rank.values()) {
                for (Rank higher : Rank.values()) {
                    if (higher.atLeast(lower) && RankPolicy.allows(lower, d)) {
                        assertThat(RankPolicy.allows(higher, d))
                                .as(higher + " may do what " + lower + " may: " + d)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void policeStaffAndAnUnrecordedRankMakeNoRankedDecision() {
        for (RankedDecision d : RankedDecision.values()) {
            assertThat(RankPolicy.allows(Rank.POLICE_STAFF, d)).as(d.name()).isFalse();
            assertThat(RankPolicy.allows(null, d)).as(d.name()).isFalse();
            assertThat(RankPolicy.allows(Rank.CONSTABLE, d)).as(d.name()).isFalse();
        }
    }

    @Test
    void eachDecisionFallsAtTheRankPaceNames() {
        assertThat(RankPolicy.needed(RankedDecision.CUSTODY_OFFICER_DECISION)).isEqualTo(Rank.SERGEANT);
        assertThat(RankPolicy.needed(RankedDecision.DETENTION_REVIEW)).isEqualTo(Rank.INSPECTOR);
        assertThat(RankPolicy.needed(RankedDecision.DELAY_IN_INFORMING)).isEqualTo(Rank.INSPECTOR);
        assertThat(RankPolicy.needed(RankedDecision.DETENTION_EXTENSION)).isEqualTo(Rank.SUPERINTENDENT);
        for (RankedDecision d : RankedDecision.values()) {
            Rank needed = RankPolicy.needed(d);
            for (Rank r : Rank.values()) {
                assertThat(RankPolicy.allows(r, d)).as(r + " for " + d).isEqualTo(r.ordinal() >= needed.ordinal());
            }
        }
        assertThat(RankPolicy.allows(Rank.CHIEF_INSPECTOR, RankedDecision.DETENTION_EXTENSION))
                .as("a chief inspector is below a superintendent")
                .isFalse();
    }

    @Test
    void everyRankHasItsWords() {
        assertThat(Rank.CHIEF_SUPERINTENDENT.label()).isEqualTo("chief superintendent");
        assertThat(Rank.POLICE_STAFF.label()).isEqualTo("police staff");
        for (Rank r : Rank.values()) {
            assertThat(r.label()).isLowerCase().doesNotContain("_");
        }
    }
}
