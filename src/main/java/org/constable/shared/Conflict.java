package org.constable.shared;

/** The request is valid but the state of the world refuses it (a busy unit, a closed incident): HTTP 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
