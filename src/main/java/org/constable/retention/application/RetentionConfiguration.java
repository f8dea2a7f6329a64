package org.constable.retention.application;

import java.time.Period;
import java.util.Set;
import org.constable.retention.domain.RetentionRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The force's MoPI retention rules from configuration (constable.retention.*), MoPI's defaults otherwise (ADR 0092). */
@Configuration
class RetentionConfiguration {

    @Bean
    RetentionRules retentionRules(
            @Value("${constable.retention.public-protection-crimes:1,2,4.1,19C,19D,19G,71}") Set<String> group1Crimes,
            @Value(
                            "${constable.retention.serious-categories:violent-crime,robbery,sexual offences,possession of weapons}")
                    Set<String> seriousCategories,
            @Value("${constable.retention.serious-markers:FIREARMS,WEAPONS,VIOLENCE,DOMESTIC_ABUSE}")
                    Set<String> seriousMarkers,
            @Value("${constable.retention.serious-call-types:}") Set<String> seriousCallTypes,
            @Value("${constable.retention.review-years:10}") int reviewYears,
            @Value("${constable.retention.clear-period-years:6}") int clearYears,
            @Value("${constable.retention.keep-until-age:100}") int keepUntilAge) {
        return new RetentionRules(
                group1Crimes,
                seriousCategories,
                seriousMarkers,
                seriousCallTypes.stream().filter(s -> !s.isBlank()).collect(java.util.stream.Collectors.toSet()),
                Period.ofYears(reviewYears),
                Period.ofYears(clearYears),
                keepUntilAge);
    }
}
