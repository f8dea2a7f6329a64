package org.constable.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.constable.ConstableApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over real HTTP, on the embedded PostgreSQL (or the
 * external server when CONSTABLE_DB_URL is set), with a movable clock and no demo force. Every
 * test class using exactly this annotation shares one application context; each context gets a
 * database of its own (see DatabasePerContext).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ConstableApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"constable.demo.enabled=false"})
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = DatabasePerContext.class)
public @interface ConstableHttpTest {}
