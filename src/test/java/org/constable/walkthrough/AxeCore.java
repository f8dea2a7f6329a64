package org.constable.walkthrough;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core, Deque's accessibility engine, from its WebJar on the test classpath (Maven Central at
 * build time; nothing is downloaded when the tests run), put into a page through the browser's
 * debugging channel, which the page's content security policy does not govern, so the policy under
 * test stays exactly as served.
 */
final class AxeCore {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, every rule axe-core has for them. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String RUN = """
            async (tags) => {
              // every rule with one of the tags, the ones axe still calls experimental too
              // (label-content-name-mismatch is one): named rules run whatever their status
              const rules = axe.getRules(tags).map(r => r.ruleId);
              const result = await axe.run(document, {
                runOnly: { type: 'rule', values: rules },
                resultTypes: ['violations']
              });
              return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -- '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                    + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').trim() + ']' : ''))
                  .join('; ')
                + (v.nodes.length > 3 ? '; and ' + (v.nodes.length - 3) + ' more' : ''));
            }
            """;

    private final String source;
    private final String version;

    private AxeCore(String source, String version) {
        this.source = source;
        this.version = version;
    }

    static AxeCore fromClasspath() {
        ClassLoader loader = AxeCore.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("axe-core is not on the test classpath (org.webjars.npm:axe-core)");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String version = properties.getProperty("version");
            try (InputStream js =
                    loader.getResourceAsStream("META-INF/resources/webjars/axe-core/" + version + "/axe.min.js")) {
                if (js == null) {
                    throw new IllegalStateException("axe.min.js is missing from the axe-core " + version + " WebJar");
                }
                return new AxeCore(new String(js.readAllBytes(), StandardCharsets.UTF_8), version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() {
        return version;
    }

    /** The WCAG 2.2 AA violations on the page as it is now, one line each with up to three places. */
    @SuppressWarnings("unchecked")
    List<String> violations(Page page) {
        page.evaluate(source);
        return (List<String>) page.evaluate(RUN, WCAG_22_AA);
    }
}
