package org.constable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Rules the module system does not check by itself. Empty rules fail: a renamed package must not silence them. */
class ArchitectureRulesTest {

    private static final JavaClasses CONSTABLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.constable");

    @Test
    void domainClassesDependOnNeitherSpringNorJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.constable..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    @Test
    void aModulesPersistencePackageIsUsedOnlyInsideThatModule() {
        classes()
                .that()
                .resideInAPackage("org.constable.*.persistence..")
                .should(onlyBeUsedFromTheirOwnModule())
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    /**
     * A controller or page refuses input with {@code InvalidInput} (field + words for the user); a bare
     * IllegalArgumentException is answered without its message, so one thrown there is either a lost
     * message or an internal check that belongs below the web layer (ADR 0058). It holds for every
     * module.
     */
    @Test
    void pagesAndApisNeverThrowABareIllegalArgumentException() {
        noClasses()
                .that()
                .resideInAnyPackage("org.constable..web..", "org.constable..api..")
                .should(constructABareIllegalArgumentException())
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    private static ArchCondition<JavaClass> constructABareIllegalArgumentException() {
        return new ArchCondition<>("construct an IllegalArgumentException (throw InvalidInput instead)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getConstructorCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class))
                        .forEach(call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeUsedFromTheirOwnModule() {
        return new ArchCondition<>("only be used from within their own module") {
            @Override
            public void check(JavaClass persistenceClass, ConditionEvents events) {
                String module = moduleOf(persistenceClass);
                persistenceClass.getDirectDependenciesToSelf().forEach(d -> {
                    JavaClass user = d.getOriginClass();
                    if (!module.equals(moduleOf(user))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    /** org.constable.people.persistence.PersonStore -> people */
    private static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring("org.constable".length());
        if (rest.isEmpty()) {
            return "";
        }
        String[] parts = rest.substring(1).split("\\.");
        return parts[0];
    }
}
