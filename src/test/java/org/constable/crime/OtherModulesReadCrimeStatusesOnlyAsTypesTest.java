package org.constable.crime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Crime's statuses are a published type (ADR 0059): another module asks {@code status().counts()}
 * or compares with {@link CrimeStatus}, and shows {@code label()}. It never turns a status into its
 * stored name nor compares with the name written as text, so renaming a stored value or adding a
 * status cannot silently change another module's figures.
 */
class OtherModulesReadCrimeStatusesOnlyAsTypesTest {

    private static final JavaClasses CONSTABLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.constable");

    private static final Set<Class<?>> CRIME_VOCABULARIES = Set.of(CrimeStatus.class, CrimeRole.class);

    /** "RECORDED" or 'CANCELLED' (Java or a template's expression), and the same for every crime status. */
    private static final Pattern STATUS_WRITTEN_AS_TEXT = Pattern.compile(
            "[\"'](" + Arrays.stream(CrimeStatus.values()).map(Enum::name).collect(Collectors.joining("|")) + ")[\"']");

    @Test
    void noModuleOutsideCrimeTurnsACrimeStatusOrRoleIntoText() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.constable.crime..")
                .should(turnACrimeVocabularyIntoItsName())
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    @Test
    void noModuleOutsideCrimeWritesACrimeStatusAsText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java/org/constable"), Path.of("src/main/resources/templates"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.startsWith(root.resolve("crime")))
                        .toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (STATUS_WRITTEN_AS_TEXT.matcher(lines.get(i)).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("crime statuses written as text outside crime: compare with CrimeStatus instead")
                .isEmpty();
    }

    @Test
    void theRuleSeesAStatusWrittenAsText() {
        assertThat(STATUS_WRITTEN_AS_TEXT
                        .matcher(".filter(c -> !\"CANCELLED\".equals(c.status()))")
                        .find())
                .isTrue();
        assertThat(STATUS_WRITTEN_AS_TEXT.matcher("${c.status() == 'RECORDED'}").find())
                .isTrue();
        assertThat(STATUS_WRITTEN_AS_TEXT
                        .matcher("DataSource.RECORDED_EXACT, \"RECORDED_EXACT\"")
                        .find())
                .isFalse();
    }

    private static ArchCondition<JavaClass> turnACrimeVocabularyIntoItsName() {
        return new ArchCondition<>("turn a crime status or role into its name (compare the type instead)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getMethodCallsFromSelf().stream()
                        .filter(call -> CRIME_VOCABULARIES.stream()
                                .anyMatch(v -> call.getTargetOwner().isEquivalentTo(v)))
                        .filter(call -> Set.of("name", "toString", "valueOf").contains(call.getName()))
                        .forEach(call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
            }
        };
    }
}
