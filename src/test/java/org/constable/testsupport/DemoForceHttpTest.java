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
 * The whole application as {@link ConstableHttpTest} gives it, but started with the demo force
 * (months of history made at start). Every test class using exactly this annotation shares one
 * application context (ADR 0062); they only read the demo force's history or add records of their
 * own, so they may run in any order.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ConstableApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"constable.demo.enabled=true"})
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = DatabasePerContext.class)
public @interface DemoForceHttpTest {}
