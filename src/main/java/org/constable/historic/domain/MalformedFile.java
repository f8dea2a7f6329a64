package org.constable.historic.domain;

/**
 * A file that cannot be read as a police.uk street-level CSV file at all (bad header, truncated
 * line, wrong encoding, a line too long). The whole file is refused; the message names the file
 * and the line, so that the person importing can find and fix it.
 */
public class MalformedFile extends RuntimeException {

    private final String fileName;
    private final long line;
    private final String problem;

    public MalformedFile(String fileName, long line, String problem) {
        super(fileName + ", line " + line + ": " + problem);
        this.fileName = fileName;
        this.line = line;
        this.problem = problem;
    }

    /** File, line and problem, never null. */
    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage());
    }

    public String fileName() {
        return fileName;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
