package org.constable.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.constable.ConstableApplication;
import org.constable.platform.FailingOnPurpose;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over real HTTP, on the embedded PostgreSQL (or the
 * external server when CONSTABLE_DB_URL is set), with a movable clock and no demo force. Every
 * test class using exactly this annotation shares one application context (ADR 0062): do not add
 * properties, imports or mocked beans to a test class, as each difference boots another application
 * and another database. What some tests need is configured here for all of them (the metrics scrape
 * token, a filter that fails for one test address only, a commit whose answer is lost when a request
 * asks for it); each context gets a database of its own
 * (see DatabasePerContext).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ConstableApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"constable.demo.enabled=false", "constable.metrics.scrape-token=" + ConstableHttpTest.SCRAPE_TOKEN
        })
@Import({
    TestClockConfiguration.class,
    FailingOnPurpose.FailingFilter.class,
    LostCommitAnswers.Arming.class,
    LostCommitAnswers.Pool.class
})
@ContextConfiguration(initializers = DatabasePerContext.class)
public @interface ConstableHttpTest {

    /** The metrics scrape token of the shared context (the metrics tests present it). */
    String SCRAPE_TOKEN = "test-scrape-token-0123456789abcdef0123456789";
}
