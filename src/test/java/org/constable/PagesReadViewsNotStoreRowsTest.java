package org.constable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.constable.crime.application.CrimeViews;
import org.constable.dispatch.application.IncidentBriefing;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.historic.application.ImportReports;
import org.constable.historic.application.ImportRunner;
import org.constable.identity.application.RoleChanges;
import org.constable.identity.application.UserAdministration;
import org.junit.jupiter.api.Test;

/**
 * Crime's and dispatch's pages and APIs read records made for readers, with typed statuses: what the
 * reading services hand out holds no store row, at any depth, and no page or API class of those
 * modules names a store. The same holds for identity's user and role-change pages and APIs (an
 * account row carries the password hash and the second-factor secret) and for the historic import
 * pages.
 */
class PagesReadViewsNotStoreRowsTest {

    private static final JavaClasses CONSTABLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "org.constable.crime",
                    "org.constable.dispatch",
                    "org.constable.identity",
                    "org.constable.historic");

    @Test
    void whatTheReadingServicesHandOutHoldsNoStoreRow() {
        List<String> rows = new ArrayList<>();
        for (Class<?> service : List.of(
                CrimeViews.class,
                IncidentQueries.class,
                IncidentBriefing.class,
                RoleChanges.class,
                UserAdministration.class,
                ImportReports.class,
                ImportRunner.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    collectRows(
                            m.getGenericReturnType(),
                            service.getSimpleName() + "." + m.getName(),
                            rows,
                            new HashSet<>());
                    for (Type p : m.getGenericParameterTypes()) {
                        collectRows(p, service.getSimpleName() + "." + m.getName() + "(...)", rows, new HashSet<>());
                    }
                }
            }
        }
        assertThat(rows).as("store rows handed to pages and the API").isEmpty();
    }

    @Test
    void crimeAndDispatchPagesAndApisNameNoStore() {
        noClasses()
                .that()
                .resideInAnyPackage("org.constable.crime.web..", "org.constable.crime.api..")
                .or()
                .resideInAnyPackage("org.constable.dispatch.web..", "org.constable.dispatch.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.constable.crime.persistence..", "org.constable.dispatch.persistence..")
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    @Test
    void theUserRoleChangeAndImportPagesAndApisNameNoStore() {
        noClasses()
                .that()
                .haveFullyQualifiedName("org.constable.identity.web.UserAdminPages")
                .or()
                .haveFullyQualifiedName("org.constable.identity.api.UsersApi")
                .or()
                .haveFullyQualifiedName("org.constable.identity.api.RoleChangesApi")
                .or()
                .resideInAnyPackage("org.constable.historic.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.constable.identity.persistence..", "org.constable.historic.persistence..")
                .allowEmptyShould(false)
                .check(CONSTABLE);
    }

    private static void collectRows(Type type, String path, List<String> rows, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            collectRows(p.getRawType(), path, rows, seen);
            for (Type a : p.getActualTypeArguments()) {
                collectRows(a, path, rows, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.constable.")) {
            return;
        }
        if (c.getPackageName().endsWith(".persistence")) {
            rows.add(path + " -> " + c.getName());
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collectRows(rc.getGenericType(), path + "." + rc.getName(), rows, seen);
            }
        }
    }
}
