package org.constable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * NullAway checks every module: the pom's {@code nullaway.unchecked} (ADR 0064), the list of
 * modules not yet checked, shrank module by module until it was empty, and stays empty. A new
 * module is checked from its first line.
 */
class NullAwayUncheckedListOnlyShrinksTest {

    /** The modules still unchecked: none, since people passed; a module never comes back to this list. */
    private static final Set<String> STILL_UNCHECKED = Set.of();

    @Test
    void theUncheckedModulesAreOnlyThoseNotYetChecked() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<nullaway\\.unchecked>([^<]*)</nullaway\\.unchecked>")
                .matcher(pom);
        assertThat(m.find())
                .as("the pom names the modules NullAway does not check yet")
                .isTrue();
        List<String> unchecked = Arrays.stream(m.group(1).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();

        assertThat(unchecked)
                .as("a module once checked by NullAway stays checked (ADR 0064)")
                .allMatch(STILL_UNCHECKED::contains)
                .doesNotHaveDuplicates()
                .isEmpty();
    }
}
