package org.constable.audit;

/** The audit entry could not be written, so the operation it records must not go ahead. */
public class AuditWriteFailed extends RuntimeException {
    public AuditWriteFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
