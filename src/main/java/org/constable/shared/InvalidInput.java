package org.constable.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input a user can correct: names the field at fault and says, in words meant for the user, what
 * is allowed. The platform answers it with HTTP 400 and the field in the problem body; pages show
 * the message beside the form. Nothing is changed by a request refused this way.
 *
 * <p>Field names are those the client sent: a JSON path such as {@code caller.personId} or
 * {@code victims[0].personId} for a body, the parameter name for a query or form parameter.
 *
 * <p>It extends {@link IllegalArgumentException} so that code which already refuses input with
 * one keeps working while it moves to this type; only this type's message is shown as it is.
 */
public class InvalidInput extends IllegalArgumentException {

    /** One field and what is wrong with it, in words for the user. */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        if (errors.isEmpty()) {
            throw new IllegalStateException("an InvalidInput needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(field, message);
    }

    /** The messages of every field at fault, never null: they are meant for the user. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    /** Every field at fault, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The first field at fault. */
    public String field() {
        return errors.get(0).field();
    }

    /** Collects the errors of several fields so that the user hears of all of them at once. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        /** Throws an InvalidInput naming every field collected, if any. */
        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
