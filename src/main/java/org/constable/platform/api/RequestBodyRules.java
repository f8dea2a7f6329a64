package org.constable.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Rules for JSON request bodies that Jackson's defaults are too lenient for:
 *
 * <ul>
 *   <li>text may hold tabs and line breaks but no other control character: a NUL cannot be stored
 *       by PostgreSQL and would fail a whole audit batch, and the rest only ever come from tampering;
 *   <li>a date is a date: "1990-02-03T10:00:00Z" where a date of birth is wanted is a mistake to
 *       point out, not a time to cut off silently.
 * </ul>
 *
 * Either is refused as the field's error before any handler sees it.
 */
final class RequestBodyRules {

    private RequestBodyRules() {}

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** The Jackson module for request bodies. */
    static SimpleModule module() {
        return new SimpleModule("constable-request-body-rules")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(LocalDate.class, new StrictDate());
    }

    private static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && hasControlCharacter(value)) {
                throw ctxt.weirdStringException(value, String.class, "contains a control character");
            }
            return value;
        }
    }

    private static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public @Nullable LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            }
            String text = p.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date");
            }
        }
    }
}
