package org.constable.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ContinuityChainFlagsGapsAndChangedSealsTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final Seizure SEIZED = new Seizure("pc.smith", T0, "12 High Street", "SEAL-001");

    static Movement m(
            int seq,
            MovementKind kind,
            String fromHolder,
            String fromPlace,
            String toHolder,
            String toPlace,
            int minutes,
            String seal) {
        return new Movement(
                seq,
                kind,
                fromHolder,
                fromPlace,
                toHolder,
                toPlace,
                kind == MovementKind.STORED_AT ? 7L : null,
                T0.plusSeconds(60L * minutes),
                seal,
                kind.endsTheChain() ? "Insp. Jones" : null,
                false,
                null,
                "pc.smith");
    }

    @Test
    void anUnbrokenChainHasNoFlagsAndEndsWhereTheLastEntryLeftIt() {
        var chain = new ContinuityChain(
                SEIZED,
                List.of(
                        m(
                                1,
                                MovementKind.HANDED_TO,
                                "PC.Smith",
                                " 12  High Street",
                                "DC Brown",
                                "Central station",
                                30,
                                "SEAL-001"),
                        m(
                                2,
                                MovementKind.STORED_AT,
                                "DC Brown",
                                "Central station",
                                "Property officer",
                                "Central store",
                                60,
                                "seal-001")));
        assertThat(chain.flags()).isEmpty();
        assertThat(chain.whereabouts().place()).isEqualTo("Central store");
        assertThat(chain.heldIn(7L)).isTrue();
        assertThat(chain.lastSeal()).isEqualTo("seal-001");
    }

    @Test
    void anEntryTakingTheExhibitFromSomewhereElseIsFlaggedAsAGapInWords() {
        var chain = new ContinuityChain(
                SEIZED,
                List.of(
                        m(
                                1,
                                MovementKind.HANDED_TO,
                                "pc.smith",
                                "12 High Street",
                                "DC Brown",
                                "Central station",
                                30,
                                "SEAL-001"),
                        m(
                                2,
                                MovementKind.SENT_TO_LABORATORY,
                                "DC Green",
                                "North station",
                                "Lab",
                                "Forensic lab",
                                60,
                                "SEAL-001")));
        assertThat(chain.flags()).singleElement().satisfies(f -> {
            assertThat(f.seq()).isEqualTo(2);
            assertThat(f.kind()).isEqualTo(ContinuityFlag.Kind.GAP);
            assertThat(f.words()).contains("DC Green at North station").contains("DC Brown at Central station");
        });
    }

    @Test
    void aChangedSealAndATimeGoingBackwardsAreFlaggedNotHidden() {
        var chain = new ContinuityChain(
                SEIZED,
                List.of(
                        m(
                                1,
                                MovementKind.HANDED_TO,
                                "pc.smith",
                                "12 High Street",
                                "DC Brown",
                                "Central station",
                                30,
                                "SEAL-001"),
                        m(
                                2,
                                MovementKind.HANDED_TO,
                                "DC Brown",
                                "Central station",
                                "DC Green",
                                "Central station",
                                10,
                                "SEAL-999")));
        assertThat(chain.flags())
                .extracting(ContinuityFlag::kind)
                .containsExactly(ContinuityFlag.Kind.TIME_BACKWARDS, ContinuityFlag.Kind.SEAL_CHANGED);
        assertThat(chain.flags().get(1).words()).contains("SEAL-999").contains("SEAL-001");
        assertThat(chain.movements()).hasSize(2);
    }

    @Test
    void aDisposalNeedsAnAuthorityAndEndsTheChain() {
        var open = new ContinuityChain(SEIZED, List.of());
        assertThatThrownBy(() -> open.admit(MovementKind.DISPOSED, " ", false))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("authority"));
        List<Movement> moves = new ArrayList<>();
        moves.add(m(
                1, MovementKind.DISPOSED, "pc.smith", "12 High Street", "Destruction", "Incinerator", 30, "SEAL-001"));
        var ended = new ContinuityChain(SEIZED, moves);
        assertThat(ended.ended()).isTrue();
        assertThatThrownBy(() -> ended.admit(MovementKind.HANDED_TO, null, false))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("inError"));
        ended.admit(MovementKind.HANDED_TO, null, true);
        moves.add(new Movement(
                2,
                MovementKind.HANDED_TO,
                "x",
                "y",
                "z",
                "w",
                null,
                T0.plusSeconds(7200),
                "SEAL-001",
                null,
                true,
                "Wrong exhibit scanned",
                "pc.smith"));
        var withError = new ContinuityChain(SEIZED, moves);
        assertThat(withError.flags())
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(ContinuityFlag.Kind.AFTER_THE_END));
        assertThat(withError.whereabouts().place()).isEqualTo("Incinerator");
    }

    @Test
    void aReferenceIsInitialsSlashNumber() {
        assertThat(ExhibitReference.of(" js/12 ")).isEqualTo("JS/12");
        assertThatThrownBy(() -> ExhibitReference.of("12")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aStoreCheckReportsWhatIsMissingAndWhatIsNotOnTheRecords() {
        var c = StoreCheck.of(List.of("CRM-1 JS/1", "CRM-1 JS/2"), List.of("crm-1 js/1", "CRM-9 AB/3"));
        assertThat(c.missing()).containsExactly("CRM-1 JS/2");
        assertThat(c.unexpected()).containsExactly("CRM-9 AB/3");
        assertThat(c.agrees()).isFalse();
    }
}
