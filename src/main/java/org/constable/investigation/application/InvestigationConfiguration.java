package org.constable.investigation.application;

import org.constable.investigation.domain.VictimsCodeReferralDeadline;
import org.constable.investigation.domain.VictimsCodeUpdateDeadline;
import org.constable.investigation.domain.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Victims' Code policies over the England and Wales working-day calendar. */
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
}
