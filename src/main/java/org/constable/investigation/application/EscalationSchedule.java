package org.constable.investigation.application;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the referral escalation check every {@code constable.safeguarding.escalation.check-every} (ADR 0089). */
@Component
class EscalationSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSchedule.class);

    private final ReferralEscalations escalations;
    private final Duration every;
    private @Nullable ScheduledExecutorService ticks;

    EscalationSchedule(
            ReferralEscalations escalations,
            @Value("${constable.safeguarding.escalation.check-every:1m}") Duration every) {
        this.escalations = escalations;
        this.every = every;
    }

    private void tick() {
        try {
            int n = escalations.check();
            if (n > 0) {
                LOG.info("Safeguarding referrals escalated: {}", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("The referral escalation check did not finish; it runs again in {}: {}", every, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "referral-escalation");
            thread.setDaemon(true);
            return thread;
        });
        long ms = Math.max(1000, every.toMillis());
        t.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
        ticks = t;
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService t = ticks;
        ticks = null;
        if (t != null) {
            t.shutdownNow();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticks != null;
    }
}
