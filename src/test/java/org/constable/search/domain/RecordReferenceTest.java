package org.constable.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Incident and crime references typed loosely are read as the record holds them; anything else is not a reference. */
class RecordReferenceTest {

    @Test
    void a_reference_in_any_case_with_spaces_or_dashes_is_read_with_and_without_the_utc_mark() {
        for (String typed :
                new String[] {"CRM-20261122Z-42", "crm 20261122z 42", " CRM20261122-042 ", "crm-20261122 42"}) {
            assertThat(RecordReference.of(typed, RecordReference.CRIME))
                    .as(typed)
                    .containsExactly("CRM-20261122Z-42", "CRM-20261122-42");
        }
        assertThat(RecordReference.of("inc 20261122Z 7", RecordReference.INCIDENT))
                .containsExactly("INC-20261122Z-7", "INC-20261122-7");
    }

    @Test
    void other_text_or_the_other_prefix_is_not_a_reference() {
        assertThat(RecordReference.of("INC-20261122Z-7", RecordReference.CRIME)).isEmpty();
        assertThat(RecordReference.of("Smith CRM-20261122Z-7", RecordReference.CRIME))
                .isEmpty();
        assertThat(RecordReference.of("CRM-2026112-7", RecordReference.CRIME)).isEmpty();
        assertThat(RecordReference.of("AB12 CDE", RecordReference.CRIME)).isEmpty();
        assertThat(RecordReference.of(null, RecordReference.CRIME)).isEmpty();
    }
}
