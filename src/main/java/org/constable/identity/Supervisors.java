package org.constable.identity;

import java.util.List;
import org.constable.identity.persistence.SupervisorAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The force's supervisors as other modules may know them: each enabled account holding the
 * supervisor role, with its team and recorded rank, read live (a revoked role or a disabled account
 * drops out at once). Safeguarding escalates overdue referrals up this list (ADR 0089).
 */
@Component
public class Supervisors {

    /** A supervisor; {@code rank} null while none is recorded. */
    public record Supervisor(
            String username,
            @Nullable Long teamId,
            @Nullable Rank rank) {}

    private final SupervisorAccounts accounts;

    public Supervisors(SupervisorAccounts accounts) {
        this.accounts = accounts;
    }

    public List<Supervisor> enabled() {
        return accounts.enabled().stream()
                .map(a -> new Supervisor(a.username(), a.teamId(), a.rank()))
                .toList();
    }
}
