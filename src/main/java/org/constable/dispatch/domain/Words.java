package org.constable.dispatch.domain;

import java.util.Locale;

/** Codes as people read them: CONCERN_FOR_WELFARE is "Concern for welfare", public_order is "public order". */
public final class Words {

    private Words() {}

    public static String fromCode(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A skill in lower case: public_order is "public order". */
    public static String skill(String skill) {
        return skill == null ? "" : skill.replace('_', ' ');
    }
}
