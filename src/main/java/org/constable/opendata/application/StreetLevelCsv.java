package org.constable.opendata.application;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.constable.opendata.domain.PublishableCrime;
import org.constable.opendata.domain.StreetLevelColumn;

/** Writes the police.uk street-level CSV: the allow-listed header, then one line per crime, UTF-8, no BOM, no comments. */
public final class StreetLevelCsv {

    private StreetLevelCsv() {}

    public static byte[] write(List<PublishableCrime> crimes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            csv.writeRecord(Arrays.stream(StreetLevelColumn.values())
                    .map(StreetLevelColumn::header)
                    .toList());
            for (PublishableCrime crime : crimes) {
                csv.writeRecord(Arrays.stream(StreetLevelColumn.values())
                        .map(c -> c.valueOf(crime))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
