package org.constable.audit;

import org.jspecify.annotations.Nullable;

/** The audit entry could not be written, so the operation it records must not go ahead. */
public class AuditWriteFailed extends RuntimeException {
    public AuditWriteFailed(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
