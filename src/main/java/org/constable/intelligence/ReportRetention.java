package org.constable.intelligence;

import java.time.LocalDate;
import java.util.List;
import org.constable.intelligence.persistence.ReportRetentionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intelligence reports as retention review (MoPI) needs them: id and when submitted. A system read
 * for the retention register; no text. Disposal of a report is not built: reports and their
 * evaluations are append-only by a trigger (ADR 0093).
 */
@Service
public class ReportRetention {

    public record Fact(long id, LocalDate lastActivity) {}

    private final ReportRetentionStore store;

    ReportRetention(ReportRetentionStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        return store.after(afterId, limit).stream()
                .map(r -> new Fact(r.id(), r.lastActivity()))
                .toList();
    }
}
