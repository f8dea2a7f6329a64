package org.constable.investigation.application;

import org.constable.investigation.domain.WarrantKinds;
import org.constable.investigation.domain.WarrantTerms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of warrant and their time limits, from configuration (ADR 0090). */
@Configuration
class WarrantConfiguration {

    @Bean
    WarrantKinds warrantKinds(
            @Value("${constable.investigation.warrants.kinds:PACE_S8=Search warrant (PACE 1984 s.8);"
                            + "MDA_S23=Search warrant for controlled drugs (Misuse of Drugs Act 1971 s.23);"
                            + "ARREST=Warrant of arrest}")
                    String kinds) {
        return new WarrantKinds(kinds);
    }

    @Bean
    WarrantTerms warrantTerms(
            @Value("${constable.investigation.warrants.expiry-months:3}") int expiryMonths,
            @Value("${constable.investigation.warrants.return-days:7}") int returnDays) {
        return new WarrantTerms(expiryMonths, returnDays);
    }
}
