package org.constable.shared;

/** The request is valid but the state of the world refuses it (a busy unit, a closed incident): HTTP 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }

    /** The message given, never null: it is meant for the user. */
    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage());
    }
}
