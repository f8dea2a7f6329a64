package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.testsupport.ConstableHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The stored originals of digital evidence are verified by a scheduled check, and overdue
 * safeguarding referrals are escalated by one. A {@code @Scheduled} method runs only when scheduling
 * is switched on in the application: this test asks the running application which tasks it has
 * scheduled, so a check that is written but never runs fails here.
 */
@ConstableHttpTest
class TheScheduledChecksAreReallyScheduledTest {

    @Autowired
    ObjectProvider<ScheduledTaskHolder> scheduler;

    @Test
    void theRunningApplicationHasScheduledTheEvidenceIntegrityCheck() {
        assertThat(scheduler.stream()
                        .flatMap(holder -> holder.getScheduledTasks().stream())
                        .map(task -> task.getTask().getRunnable().toString()))
                .as("the tasks the application has scheduled")
                .anyMatch(name -> name.contains("DigitalIntegrity.checkDue"));
    }

    @Test
    void theRunningApplicationHasScheduledTheReferralEscalationCheck() {
        assertThat(scheduler.stream()
                        .flatMap(holder -> holder.getScheduledTasks().stream())
                        .map(task -> task.getTask().getRunnable().toString()))
                .as("the tasks the application has scheduled")
                .anyMatch(name -> name.contains("EscalationSchedule.tick"));
    }
}
