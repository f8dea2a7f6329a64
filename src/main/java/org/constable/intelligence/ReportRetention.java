package org.constable.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.constable.intelligence.persistence.ReportRetentionStore;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<ReportCompartments> compartments;

    ReportRetention(ReportRetentionStore store, ObjectProvider<ReportCompartments> compartments) {
        this.store = store;
        this.compartments = compartments;
    }

    /**
     * Reports after this id, oldest first; those filed in a compartment are left out (ADR 0103): the
     * force-wide register would otherwise show that they exist. Their review is the compartment's.
     */
    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        var rows = store.after(afterId, limit);
        ReportCompartments hook = compartments.getIfAvailable();
        Set<Long> hidden = hook == null || rows.isEmpty()
                ? Set.of()
                : hook.compartmented(rows.stream().map(r -> r.id()).toList());
        return rows.stream()
                .filter(r -> !hidden.contains(r.id()))
                .map(r -> new Fact(r.id(), r.lastActivity()))
                .toList();
    }
}
