package org.constable.dispatch.application;

import org.constable.dispatch.ClosingClassifications;
import org.constable.dispatch.GradeCatalogue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GradeCatalogue.class, ClosingClassifications.class})
class DispatchConfiguration {}
