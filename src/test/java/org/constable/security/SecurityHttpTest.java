package org.constable.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.constable.testsupport.ConstableHttpTest;

/**
 * The adversarial tests: they flood sign-ins, lock accounts and hold the audit chain's lock. They
 * run in the suite's shared context (ADR 0062) and leave it as they found it: floods come from
 * loopback addresses of their own (127.0.1.x and up, never the other tests' 127.0.0.1), a test that
 * counts failed sign-ins moves the clock past the limits' window when it ends, every account is made
 * afresh, the chain's lock is let go before the test returns and the chain still verifies.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConstableHttpTest
public @interface SecurityHttpTest {

    String SCRAPE_TOKEN = ConstableHttpTest.SCRAPE_TOKEN;
}
