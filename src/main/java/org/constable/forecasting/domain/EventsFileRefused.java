package org.constable.forecasting.domain;

import org.constable.shared.InvalidInput;

/**
 * An events file that cannot be read: the message names the file, the line and the column or rule
 * that failed, never the value found there (a file's content is not echoed anywhere; ADR 0049). The
 * field is the request's path of the file: {@code eventsPath} for an events file, {@code
 * policeUkPath} for a folder of police.uk files.
 */
public class EventsFileRefused extends InvalidInput {

    public EventsFileRefused(String fileName, long line, String problem) {
        this("eventsPath", fileName, line, problem);
    }

    public EventsFileRefused(String field, String fileName, long line, String problem) {
        super(field, fileName + (line > 0 ? ", line " + line : "") + ": " + problem);
    }
}
