package org.constable.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.dispatch.persistence.IncidentRetentionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as retention review (MoPI) needs them: reference, call type and last activity (closed,
 * else opened). A system read for the retention register; no personal data. Disposal of an incident
 * is not built: its log is append-only (ADR 0093).
 */
@Service
public class IncidentRetention {

    public record Fact(long id, String reference, String callType, LocalDate lastActivity) {}

    private final IncidentRetentionStore store;

    IncidentRetention(IncidentRetentionStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        return store.after(afterId, 0, limit).stream()
                .map(IncidentRetention::fact)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Fact> of(long id) {
        return store.after(id - 1, id, 1).stream().map(IncidentRetention::fact).findFirst();
    }

    private static Fact fact(IncidentRetentionStore.Row r) {
        return new Fact(r.id(), r.reference(), r.callType(), r.lastActivity());
    }
}
