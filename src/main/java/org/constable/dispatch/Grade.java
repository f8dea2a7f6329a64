package org.constable.dispatch;

import java.time.Duration;
import java.util.Optional;

/** A force's grade with its attendance targets; a grade without targets is resolved without deployment. */
public record Grade(String code, String label, Duration urbanTarget, Duration ruralTarget) {

    public Optional<Duration> target(boolean urban) {
        return Optional.ofNullable(urban ? urbanTarget : ruralTarget);
    }

    public boolean deploys() {
        return urbanTarget != null || ruralTarget != null;
    }
}
