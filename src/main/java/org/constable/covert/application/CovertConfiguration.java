package org.constable.covert.application;

import org.constable.covert.domain.AuthorisationTerms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The terms of directed surveillance authorisations, from {@code constable.covert.*} (ADR 0102). */
@Configuration
class CovertConfiguration {

    @Bean
    AuthorisationTerms authorisationTerms(
            @Value("${constable.covert.authorisation-months:3}") int months,
            @Value("${constable.covert.review-every-days:28}") int reviewEveryDays,
            @Value("${constable.covert.due-within-days:7}") int dueWithinDays) {
        return new AuthorisationTerms(months, reviewEveryDays, dueWithinDays);
    }
}
