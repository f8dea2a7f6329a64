package org.constable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules depend on each other only as their package-info declares; the architecture page's
 * diagram draws exactly those declarations; and no module grows past about one seventh of the code,
 * the size at which analytics held three contexts (ADR 0055).
 */
class ModularStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ConstableApplication.class);
    private static final Path SOURCES = Path.of("src/main/java/org/constable");
    private static final Path ARCHITECTURE_PAGE = Path.of("docs/architecture.md");
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+) --> (\\w+)\\s*$", Pattern.MULTILINE);
    private static final double LARGEST_SHARE = 0.15;

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        MODULES.verify();
    }

    @Test
    void theArchitecturePagesDiagramDrawsEveryDeclaredDependencyAndNoOther() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (var module : MODULES) {
            String base = module.getBasePackage().getName();
            ApplicationModule annotation =
                    Class.forName(base + ".package-info").getPackage().getAnnotation(ApplicationModule.class);
            for (String dependency : annotation.allowedDependencies()) {
                String target = dependency.split("::")[0].trim();
                // an open module such as shared declares nothing: its default is a placeholder, not a module
                if (MODULES.getModuleByName(target).isPresent()) {
                    declared.add(module.getName() + " --> " + target);
                }
            }
        }
        Set<String> drawn = new TreeSet<>();
        Matcher arrows = ARROW.matcher(mermaid(Files.readString(ARCHITECTURE_PAGE, StandardCharsets.UTF_8)));
        while (arrows.find()) {
            drawn.add(arrows.group(1) + " --> " + arrows.group(2));
        }
        assertThat(drawn).as("arrows in the diagram of " + ARCHITECTURE_PAGE).isEqualTo(declared);
    }

    @Test
    void noModuleHoldsMoreThanAboutOneSeventhOfTheCode() throws IOException {
        Map<String, Long> lines = new TreeMap<>();
        long total = 0;
        for (var module : MODULES) {
            long n = linesIn(SOURCES.resolve(module.getName()));
            lines.put(module.getName(), n);
            total += n;
        }
        long all = total;
        assertThat(lines)
                .as(
                        "lines of main code per module, of %d; split a module that holds more than %.0f%%",
                        all, 100 * LARGEST_SHARE)
                .allSatisfy(
                        (module, n) -> assertThat((double) n / all).as(module).isLessThanOrEqualTo(LARGEST_SHARE));
    }

    private static String mermaid(String page) {
        int start = page.indexOf("```mermaid");
        assertThat(start).as("a mermaid diagram in " + ARCHITECTURE_PAGE).isNotNegative();
        return page.substring(start, page.indexOf("```", start + 3));
    }

    private static long linesIn(Path folder) throws IOException {
        long n = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                n += Files.readAllLines(file, StandardCharsets.UTF_8).size();
            }
        }
        return n;
    }
}
