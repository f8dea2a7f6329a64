package org.constable.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.constable.testsupport.ConstableHttpTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The adversarial tests' own application context (one for all of them): they flood sign-ins, lock
 * accounts and hold the audit chain's lock, which must not disturb the rest of the suite's shared
 * context. It also configures a metrics scrape token.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConstableHttpTest
@TestPropertySource(
        properties = {
            "constable.test.context=security",
            "constable.metrics.scrape-token=" + SecurityHttpTest.SCRAPE_TOKEN
        })
public @interface SecurityHttpTest {

    String SCRAPE_TOKEN = "test-scrape-token-0123456789abcdef0123456789";
}
