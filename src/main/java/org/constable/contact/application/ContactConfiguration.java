package org.constable.contact.application;

import java.util.Map;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveGradingPolicy;
import org.constable.dispatch.Grade;
import org.constable.dispatch.GradeCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactConfiguration {

    @Bean
    ThriveGradingPolicy thriveGradingPolicy(
            GradeCatalogue grades,
            @Value("${constable.grading.thrive.high}") String high,
            @Value("${constable.grading.thrive.medium}") String medium,
            @Value("${constable.grading.thrive.low}") String low) {
        return new ThriveGradingPolicy(
                Map.of(Level.HIGH, high, Level.MEDIUM, medium, Level.LOW, low),
                grades.grades().stream().map(Grade::code).toList());
    }
}
