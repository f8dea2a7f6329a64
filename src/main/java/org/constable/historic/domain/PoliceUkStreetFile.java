package org.constable.historic.domain;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one police.uk street-level file, plain or gzip-compressed, from its bytes: strict UTF-8,
 * a bounded line length, the header, then every record as an accepted row or a rejection. Whatever
 * the bytes are, the only thing it throws is {@link MalformedFile}, naming the file, the line and
 * the rule broken, never the content (ADR 0049); the fuzz tests hold it to that (ADR 0053).
 */
public final class PoliceUkStreetFile {

    /** Where the records of the file go, in file order. */
    public interface Rows {
        void accepted(HistoricRow row);

        void rejected(long line, String reason);

        /** Called after every record with the number of records read so far. */
        default void read(long records) {}
    }

    private final String fileName;
    private final int maxLineChars;

    public PoliceUkStreetFile(String fileName, int maxLineChars) {
        this.fileName = fileName;
        this.maxLineChars = maxLineChars;
    }

    /**
     * Reads the stream to the end of the CSV content and returns the number of records after the
     * header. The caller still owns (and closes) the stream.
     */
    public long read(InputStream in, Rows rows) {
        PoliceUkStreetFormat format = new PoliceUkStreetFormat(fileName);
        GuardedUtf8Reader reader = null;
        long records = 0;
        try {
            InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
            reader = new GuardedUtf8Reader(
                    gzipped(buffered) ? new GZIPInputStream(buffered, 1 << 16) : buffered, fileName, maxLineChars);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .ofCsvRecord(reader);
            boolean header = true;
            for (CsvRecord record : csv) {
                long line = record.getStartingLineNumber();
                if (header) {
                    format.checkHeader(record.getFields(), line);
                    header = false;
                    continue;
                }
                format.checkShape(record.getFields(), line);
                records++;
                PoliceUkStreetFormat.Parsed parsed = format.parse(record.getFields(), line);
                if (parsed instanceof PoliceUkStreetFormat.Accepted a) {
                    rows.accepted(a.row());
                } else if (parsed instanceof PoliceUkStreetFormat.Rejected r) {
                    rows.rejected(line, r.reason());
                }
                rows.read(records);
            }
            if (header) {
                throw new MalformedFile(fileName, 1, "the file is empty: it has no header line");
            }
            return records;
        } catch (CsvParseException e) {
            if (e.getCause() instanceof MalformedFile m) {
                throw m;
            }
            // the parser's own message may quote the file: say only where and what kind of fault
            throw new MalformedFile(
                    fileName,
                    reader == null ? 1 : reader.line(),
                    "the CSV cannot be parsed (a quoted field is not closed, or a field is broken)");
        } catch (UncheckedIOException e) {
            throw unreadable(
                    reader, Objects.requireNonNull(e.getCause(), "an UncheckedIOException always has a cause"));
        } catch (IOException e) {
            throw unreadable(reader, e);
        }
    }

    private MalformedFile unreadable(@Nullable GuardedUtf8Reader reader, IOException e) {
        long line = reader == null ? 1 : reader.line();
        return new MalformedFile(
                fileName,
                line,
                e instanceof EOFException
                        ? "the compressed file ends early (a truncated download?)"
                        : "the file cannot be read (" + e.getClass().getSimpleName() + ")");
    }

    private static boolean gzipped(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b;
    }
}
