package org.constable.audit;

import java.util.List;
import org.constable.identity.Actor;
import org.constable.shared.RecordRef;

/**
 * What one audit entry says, before it is chained. Consultation and disclosure need a purpose;
 * disclosure also needs a recipient.
 */
public record AuditRecord(
        Operation operation,
        String actor,
        String actorRoles,
        List<RecordRef> records,
        String purpose,
        String recipient,
        Outcome outcome,
        String detail) {

    public AuditRecord {
        records = List.copyOf(records);
        if (operation.needsPurpose() && (purpose == null || purpose.isBlank())) {
            throw new MissingPurpose(operation);
        }
        if (operation == Operation.DISCLOSURE && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("A disclosure must name its recipient.");
        }
    }

    public static AuditRecord of(Operation operation, Actor actor, String purpose, RecordRef... records) {
        return new AuditRecord(
                operation,
                actor.username(),
                actor.rolesText(),
                List.of(records),
                purpose,
                null,
                Outcome.SUCCEEDED,
                null);
    }

    public AuditRecord withDetail(String text) {
        return new AuditRecord(operation, actor, actorRoles, records, purpose, recipient, outcome, text);
    }

    /** Thrown when a consultation or disclosure is attempted without a justification. */
    public static class MissingPurpose extends IllegalArgumentException {
        public MissingPurpose(Operation operation) {
            super("A purpose is required for " + operation.name().toLowerCase() + " of personal data.");
        }

        /** Refused at the door of an API read: says how to give the purpose. */
        public static MissingPurpose ofRequest() {
            return new MissingPurpose("A purpose is required to read personal data: give it as the query parameter "
                    + Purpose.PARAMETER + " or the header " + Purpose.HEADER + ".");
        }

        private MissingPurpose(String message) {
            super(message);
        }
    }
}
