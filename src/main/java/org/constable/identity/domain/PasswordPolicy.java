package org.constable.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * NIST SP 800-63B memorised-secret rules: at least 8 characters, at most 128, no composition
 * rules, and never one of the commonly used passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** Empty when acceptable, otherwise the reason to show the user. */
    public Optional<String> problemWith(@Nullable String candidate, String username) {
        if (candidate == null || candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("That password is too common; choose another.");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your username in your password.");
        }
        return Optional.empty();
    }
}
