package org.constable.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.constable.historic.domain.HistoricRow;
import org.constable.historic.domain.MalformedFile;
import org.constable.historic.domain.PoliceUkStreetFile;

/**
 * Whatever bytes arrive as a police.uk file (plain or gzip-compressed), the reader either reads
 * rows and rejections or refuses the whole file with a {@link MalformedFile} that names a line; it
 * never throws anything else, and every accepted row has a real month and a place on the globe.
 * In the suite this runs over the seed corpus next to it; {@code bench/fuzz.sh police-uk-file N}
 * fuzzes it (ADR 0053).
 */
class AnyBytesAsAPoliceUkFileFuzzTest {

    /** Small enough that the fuzzer meets the line limit; the importer's own limit is 64 Ki characters. */
    static final int MAX_LINE_CHARS = 512;

    @FuzzTest
    @DictionaryEntries({
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
                + "Last outcome category,Context",
        "2024-01",
        "-2.2447",
        "53.4794",
        "NaN",
        "Infinity",
        "1e308"
    })
    void theReaderRefusesOrReadsButNeverFails(FuzzedDataProvider data) {
        boolean gzip = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        byte[] file = gzip ? gzip(bytes) : bytes;
        PoliceUkStreetFile reader = new PoliceUkStreetFile("fuzz.csv", MAX_LINE_CHARS);
        try {
            reader.read(new ByteArrayInputStream(file), new PoliceUkStreetFile.Rows() {
                @Override
                public void accepted(HistoricRow row) {
                    assertThat(row.line()).isGreaterThan(1);
                    assertThat(row.month()).isNotNull();
                    assertThat(row.rowKey()).hasSize(32);
                    assertThat(row.crimeType()).isNotBlank();
                    assertThat(row.reportedBy()).isNotBlank();
                    assertThat(row.fallsWithin()).isNotBlank();
                    for (String value : new String[] {
                        row.crimeId(), row.location(), row.lsoaCode(), row.lsoaName(), row.lastOutcome(), row.context()
                    }) {
                        // PostgreSQL cannot store a NUL in text: one would fail the whole file's load
                        assertThat(value == null || value.indexOf('\u0000') < 0).isTrue();
                        assertThat(value == null || !value.isEmpty()).isTrue();
                    }
                    if (!row.flaggedNoLocation()) {
                        assertThat(Math.abs(row.longitude())).isLessThanOrEqualTo(180);
                        assertThat(Math.abs(row.latitude())).isLessThanOrEqualTo(90);
                    }
                }

                @Override
                public void rejected(long line, String reason) {
                    assertThat(line).isGreaterThan(1);
                    assertThat(reason).isNotBlank();
                }
            });
        } catch (MalformedFile refused) {
            assertThat(refused.line()).isPositive();
            assertThat(refused.fileName()).isEqualTo("fuzz.csv");
            assertThat(refused.problem()).isNotBlank();
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
