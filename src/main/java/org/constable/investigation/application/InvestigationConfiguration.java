package org.constable.investigation.application;

import java.time.Period;
import org.constable.investigation.domain.SupervisoryReviewSchedule;
import org.constable.investigation.domain.VictimsCodeReferralDeadline;
import org.constable.investigation.domain.VictimsCodeUpdateDeadline;
import org.constable.investigation.domain.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Victims' Code policies over the England and Wales working-day calendar, and the supervisory review schedule. */
@Configuration
class InvestigationConfiguration {

    @Bean
    WorkingDays workingDays() {
        return WorkingDays.englandAndWales();
    }

    @Bean
    VictimsCodeReferralDeadline victimsCodeReferralDeadline() {
        return new VictimsCodeReferralDeadline();
    }

    @Bean
    VictimsCodeUpdateDeadline victimsCodeUpdateDeadline(WorkingDays workingDays) {
        return new VictimsCodeUpdateDeadline(workingDays);
    }

    /** First review so many days after opening, then every so many days after each review (ADR 0080). */
    @Bean
    SupervisoryReviewSchedule supervisoryReviewSchedule(
            @Value("${constable.investigation.review.first-days:7}") int firstDays,
            @Value("${constable.investigation.review.every-days:28}") int everyDays) {
        return new SupervisoryReviewSchedule(Period.ofDays(firstDays), Period.ofDays(everyDays));
    }
}
