package org.constable.platform.api;

import java.util.List;
import org.constable.shared.InvalidInput;
import org.constable.shared.InvalidInput.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a JSON body that could not be read into field errors: which field (as a JSON path such as
 * {@code caller.personId}) and what it takes. Never repeats the parser's own message, which quotes
 * the body and names Java types.
 */
final class UnreadableInput {

    private UnreadableInput() {}

    static List<FieldError> explain(HttpMessageNotReadableException e) {
        InvalidInput refused = ProblemCatalogue.causeOf(e, InvalidInput.class);
        if (refused != null) {
            return refused.errors();
        }
        JacksonException jackson = ProblemCatalogue.causeOf(e, JacksonException.class);
        if (jackson == null) {
            return List.of();
        }
        String field = path(jackson);
        if (jackson instanceof ValueInstantiationException) {
            // an InvalidInput raised while building the value was answered above; any other
            // exception's message is not for users (ADR 0058)
            return List.of();
        }
        if (jackson instanceof InvalidFormatException f
                && f.getValue() instanceof String text
                && RequestBodyRules.hasControlCharacter(text)) {
            return List.of(new FieldError(field, field + " must not contain control characters such as NUL."));
        }
        if (jackson instanceof MismatchedInputException m && !field.isEmpty()) {
            return List.of(new FieldError(field, field + " must be " + AllowedValues.of(m.getTargetType()) + "."));
        }
        if (jackson instanceof InputCoercionException c && !field.isEmpty()) {
            return List.of(new FieldError(
                    field,
                    field + " is out of range: it must be " + AllowedValues.of(c.getTargetType())
                            + " small enough to store."));
        }
        if (jackson instanceof StreamConstraintsException) {
            return List.of(new FieldError(
                    field.isEmpty() ? "body" : field, "The body holds a value that is too long or too deeply nested."));
        }
        if (jackson instanceof StreamReadException r) {
            var at = r.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return List.of(new FieldError("body", "The body is not valid JSON" + where + "."));
        }
        return List.of();
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
