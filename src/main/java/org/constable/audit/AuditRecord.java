package org.constable.audit;

import java.util.List;
import java.util.Locale;
import org.constable.identity.Actor;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;

/**
 * What one audit entry says, before it is chained. Consultation and disclosure need a purpose;
 * disclosure also needs a recipient. A purpose is checked up front (no control characters, a
 * bounded length) so that no reader's text can make the database refuse a group-commit batch;
 * the other free-text fields are kept printable the same way, with control characters written
 * out as {@code \\uXXXX}, so what was sent is still on the record.
 */
public record AuditRecord(
        Operation operation,
        String actor,
        String actorRoles,
        List<RecordRef> records,
        @Nullable String purpose,
        @Nullable String recipient,
        Outcome outcome,
        @Nullable String detail) {

    /** The longest purpose kept; a justification, not an essay. */
    public static final int MAX_PURPOSE_LENGTH = 500;

    public AuditRecord {
        records = List.copyOf(records);
        if (operation.needsPurpose()) {
            requirePurpose(purpose, operation);
        } else if (purpose != null && !purpose.isBlank()) {
            checkPurposeText(purpose);
        }
        if (operation == Operation.DISCLOSURE && (recipient == null || recipient.isBlank())) {
            throw new IllegalArgumentException("A disclosure must name its recipient.");
        }
        actor = printable(actor);
        actorRoles = printable(actorRoles);
        recipient = printable(recipient);
        detail = printable(detail);
    }

    public static AuditRecord of(Operation operation, Actor actor, @Nullable String purpose, RecordRef... records) {
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

    public AuditRecord withDetail(@Nullable String text) {
        return new AuditRecord(operation, actor, actorRoles, records, purpose, recipient, outcome, text);
    }

    /**
     * Checks a purpose before anything is read: present, printable and not too long. Use cases call
     * it first, so a request without a usable purpose gets the same answer whatever record it names.
     */
    public static void requirePurpose(@Nullable String purpose, Operation operation) {
        if (purpose == null || purpose.isBlank()) {
            throw new MissingPurpose(operation);
        }
        checkPurposeText(purpose);
    }

    /** {@link #requirePurpose(String, Operation)} for a consultation, the usual case. */
    public static void requirePurpose(@Nullable String purpose) {
        requirePurpose(purpose, Operation.CONSULTATION);
    }

    private static void checkPurposeText(String purpose) {
        if (purpose.length() > MAX_PURPOSE_LENGTH) {
            throw new InvalidPurpose("A purpose is at most " + MAX_PURPOSE_LENGTH + " characters.");
        }
        for (int i = 0; i < purpose.length(); i++) {
            if (Character.isISOControl(purpose.charAt(i))) {
                throw new InvalidPurpose("A purpose must be plain text on one line: no control characters "
                        + "(such as a NUL byte, a tab or a line break).");
            }
        }
    }

    /** The text with every control character written out as {@code \\uXXXX}; null stays null. */
    static @Nullable String printable(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Thrown when a consultation or disclosure is attempted without a justification. */
    public static class MissingPurpose extends InvalidInput {
        public MissingPurpose(Operation operation) {
            super(
                    Purpose.PARAMETER,
                    "A purpose is required for " + operation.name().toLowerCase(Locale.ROOT) + " of personal data.");
        }

        /** Refused at the door of an API read: says how to give the purpose. */
        public static MissingPurpose ofRequest() {
            return new MissingPurpose("A purpose is required to read personal data: give it as the query parameter "
                    + Purpose.PARAMETER + " or the header " + Purpose.HEADER + ".");
        }

        protected MissingPurpose(String message) {
            super(Purpose.PARAMETER, message);
        }
    }

    /** A purpose that cannot be kept as given: answered like a missing one (400 naming {@code purpose}). */
    public static class InvalidPurpose extends MissingPurpose {
        public InvalidPurpose(String message) {
            super(message);
        }
    }
}
