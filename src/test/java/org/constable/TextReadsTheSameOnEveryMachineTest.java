package org.constable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * A server set to a Turkish locale lower-cases "I" to a dotless "ı", and one set to Latin-1 reads
 * "Siân" as two letters: usernames, callsigns and file contents would then differ by machine. Case
 * conversions name {@code Locale.ROOT}; bytes and text convert with a named charset.
 */
class TextReadsTheSameOnEveryMachineTest {

    private static final JavaClasses CONSTABLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.constable");

    @Test
    void caseConversionsNameTheirLocale() {
        noClasses()
                .should()
                .callMethod(String.class, "toLowerCase")
                .orShould()
                .callMethod(String.class, "toUpperCase")
                .because("the default locale changes letters (Locale.ROOT instead)")
                .check(CONSTABLE);
    }

    @Test
    void bytesAndTextConvertWithANamedCharset() {
        noClasses()
                .should()
                .callMethod(String.class, "getBytes")
                .orShould()
                .callConstructor(String.class, byte[].class)
                .orShould()
                .callConstructor(InputStreamReader.class, InputStream.class)
                .orShould()
                .callConstructor(OutputStreamWriter.class, OutputStream.class)
                .orShould()
                .callConstructor(java.io.FileReader.class, String.class)
                .orShould()
                .callConstructor(java.io.FileWriter.class, String.class)
                .because("the platform charset differs by machine (StandardCharsets.UTF_8 instead)")
                .check(CONSTABLE);
    }
}
