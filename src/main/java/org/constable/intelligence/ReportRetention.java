package org.constable.intelligence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.intelligence.persistence.ReportRetentionStore;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intelligence reports as retention review (MoPI) needs them: id and when submitted, a system read
 * with no text; their disposal and the redaction of a disposed person's names (ADR 0109). Erasure
 * removes the original text, the place, the POLE links and every evaluation's sanitised text, risk
 * assessment and handling conditions; the author, dates, source type, grades, handling codes and
 * disseminations stay. The caller audits (one ERASURE entry for the disposal).
 */
@Service
public class ReportRetention implements FreeTextRedactor {

    public record Fact(long id, LocalDate lastActivity) {}

    /** The kinds of data an erasure removes, in words for the ERASURE entry. */
    public static final List<String> ERASED = List.of(
            "original text",
            "place and location",
            "persons, places, vehicles, incidents and crimes linked",
            "sanitised texts, risk assessments and handling conditions");

    private final ReportRetentionStore store;
    private final Clock clock;
    private final ObjectProvider<ReportCompartments> compartments;

    ReportRetention(ReportRetentionStore store, Clock clock, ObjectProvider<ReportCompartments> compartments) {
        this.store = store;
        this.clock = clock;
        this.compartments = compartments;
    }

    /**
     * Reports after this id, oldest first; those filed in a compartment are left out (ADR 0103): the
     * force-wide register would otherwise show that they exist. Their review is the compartment's.
     */
    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        return outsideCompartments(store.after(afterId, null, limit));
    }

    /** The report, unless it is filed in a compartment (then its review is the compartment's, ADR 0103). */
    @Transactional(readOnly = true)
    public Optional<Fact> of(long id) {
        return outsideCompartments(store.after(id - 1, id, 1)).stream().findFirst();
    }

    private List<Fact> outsideCompartments(List<ReportRetentionStore.Row> rows) {
        ReportCompartments hook = compartments.getIfAvailable();
        Set<Long> hidden = hook == null || rows.isEmpty()
                ? Set.of()
                : hook.compartmented(rows.stream().map(r -> r.id()).toList());
        return rows.stream()
                .filter(r -> !hidden.contains(r.id()))
                .map(ReportRetention::fact)
                .toList();
    }

    /** Erases the report's personal data (joins the caller's transaction); false if erased already or not there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(long reportId) {
        return store.erase(reportId, clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> redact(NameRedaction names) {
        return names.isEmpty() ? List.of() : store.redact(names);
    }

    private static Fact fact(ReportRetentionStore.Row r) {
        return new Fact(r.id(), r.lastActivity());
    }
}
