package org.constable.forecasting.domain;

/**
 * An events file that cannot be read: the message names the file, the line and the column or rule
 * that failed, never the value found there (a file's content is not echoed anywhere; ADR 0049).
 */
public class EventsFileRefused extends IllegalArgumentException {

    public EventsFileRefused(String fileName, long line, String problem) {
        super(fileName + (line > 0 ? ", line " + line : "") + ": " + problem);
    }
}
