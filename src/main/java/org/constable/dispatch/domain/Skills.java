package org.constable.dispatch.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Unit skills as stored: lower-case words separated by commas (firearms, dog, traffic, public_order...). */
public final class Skills {

    private Skills() {}

    public static Set<String> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> skills = Arrays.stream(text.split("[,\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(String::toLowerCase)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String s : skills) {
            if (!s.matches("[a-z_]{2,30}")) {
                throw new InvalidInput(
                        "requiredSkills", "A skill is a lower-case word such as firearms or public_order: " + s);
            }
        }
        return skills;
    }

    public static String format(Set<String> skills) {
        return String.join(",", new TreeSet<>(skills));
    }
}
