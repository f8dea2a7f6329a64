package org.constable.platform.api;

/** A request body over the configured limit: answered with 413 wherever it surfaces. */
public class RequestTooLarge extends RuntimeException {
    public RequestTooLarge(long limitBytes) {
        super("The request body is larger than " + limitBytes / 1024 + " KiB; send less at a time.");
    }

    /** The limit in words, never null. */
    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage());
    }
}
