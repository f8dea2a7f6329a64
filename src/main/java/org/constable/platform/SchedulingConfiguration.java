package org.constable.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's {@code @Scheduled} methods, such as evidence's scheduled integrity check of
 * every stored original. Without it those methods are silently never called: the check existed and
 * never ran.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
