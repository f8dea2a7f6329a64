package org.constable.investigation.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the referral escalation check every {@code constable.safeguarding.escalation.check-every} (ADR 0089). */
@Component
class EscalationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSchedule.class);

    private final ReferralEscalations escalations;

    EscalationSchedule(ReferralEscalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(
            fixedDelayString = "${constable.safeguarding.escalation.check-every:1m}",
            initialDelayString = "${constable.safeguarding.escalation.check-every:1m}")
    void tick() {
        try {
            int n = escalations.check();
            if (n > 0) {
                LOG.info("Safeguarding referrals escalated: {}", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("The referral escalation check did not finish; it runs again at the next tick: {}", e.toString());
        }
    }
}
