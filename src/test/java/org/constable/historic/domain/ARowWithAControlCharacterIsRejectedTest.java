package org.constable.historic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing (ADR 0053): a field of one control character passed the blank checks and was
 * trimmed to an empty crime type, and a NUL reached PostgreSQL, which cannot store it, so one such
 * row interrupted the whole import. Such a row is now rejected with the column named, and the file
 * goes on.
 */
class ARowWithAControlCharacterIsRejectedTest {

    static final String HEADER = String.join(",", PoliceUkStreetFormat.HEADER);

    @Test
    void aCrimeTypeOfOneControlCharacterIsRejectedNotAcceptedEmpty() {
        Read read = read(HEADER + "\nX1,2024-01,Test Police,Test Police,,,,,,\u0001,,\n");
        assertThat(read.accepted).isEmpty();
        assertThat(read.rejected)
                .containsExactly("2: column Crime type holds a control character"
                        + " (a NUL or another non-printing character; police.uk files have none)");
    }

    @Test
    void aNulAnywhereInARowRejectsThatRowAndTheNextRowIsStillRead() {
        Read read = read(HEADER + "\nX\u00002,2024-01,Test Police,Test Police,,,,,,Burglary,,\n"
                + "X3,2024-01,Test Police,Test Police,,,,,,Burglary,,\n");
        assertThat(read.rejected).singleElement().asString().startsWith("2: column Crime ID holds a control character");
        assertThat(read.accepted).extracting(HistoricRow::crimeId).containsExactly("X3");
    }

    @Test
    void tabsAndLineBreaksInsideAQuotedFieldAreStillAccepted() {
        Read read =
                read(HEADER + "\nX4,2024-01,Test Police,Test Police,,,\"On or near\tHigh\r\nStreet\",,,Burglary,,\n");
        assertThat(read.rejected).isEmpty();
        assertThat(read.accepted)
                .singleElement()
                .extracting(HistoricRow::location)
                .isEqualTo("On or near\tHigh\r\nStreet");
    }

    private static Read read(String csv) {
        Read read = new Read();
        new PoliceUkStreetFile("test.csv", 4096)
                .read(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), read);
        return read;
    }

    static final class Read implements PoliceUkStreetFile.Rows {
        final List<HistoricRow> accepted = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accepted(HistoricRow row) {
            accepted.add(row);
        }

        @Override
        public void rejected(long line, String reason) {
            rejected.add(line + ": " + reason);
        }
    }
}
