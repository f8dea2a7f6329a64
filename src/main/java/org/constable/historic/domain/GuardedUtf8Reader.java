package org.constable.historic.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes strictly as UTF-8 and refuses a line longer than a limit, naming the line in both cases.
 * The limit is what keeps a 2 GB line from exhausting memory: nothing downstream ever sees more than
 * {@code maxLineChars} characters of one line. A leading byte order mark is dropped.
 */
public final class GuardedUtf8Reader extends Reader {

    private final InputStream in;
    private final String fileName;
    private final int maxLineChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long line = 1;
    private long lineLength;
    private boolean eof;
    private boolean first = true;
    private @Nullable MalformedFile pending;

    public GuardedUtf8Reader(InputStream in, String fileName, int maxLineChars) {
        this.in = in;
        this.fileName = fileName;
        this.maxLineChars = maxLineChars;
        chars.flip();
    }

    /** The physical line being read now (1-based). */
    public long line() {
        return line;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (!chars.hasRemaining()) {
            if (pending != null) {
                throw new MalformedFile(fileName, line, pending.problem());
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == '\n') {
                line++;
                lineLength = 0;
            } else if (++lineLength > maxLineChars) {
                throw new MalformedFile(
                        fileName,
                        line,
                        "the line is longer than " + maxLineChars
                                + " characters; a police.uk row is a few hundred (is this the right file?)");
            }
        }
        return n;
    }

    /** Decodes the next chunk; false at the end. A decoding error is raised after the good characters before it. */
    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && pending == null) {
            if (!eof) {
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                pending = encodingError(result);
            } else if (eof && result.isUnderflow()) {
                decoder.flush(chars);
                bytes.compact();
                break;
            }
            bytes.compact();
        }
        chars.flip();
        if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
            chars.get();
        }
        first = false;
        if (!chars.hasRemaining() && pending != null) {
            throw new MalformedFile(fileName, line, pending.problem());
        }
        return chars.hasRemaining();
    }

    private MalformedFile encodingError(CoderResult result) {
        // the line is filled in when the good characters before the error have been counted
        return new MalformedFile(
                fileName,
                -1,
                "not valid UTF-8 (" + result.length() + " bad byte(s)); "
                        + "police.uk files are UTF-8: convert it or download it again");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
