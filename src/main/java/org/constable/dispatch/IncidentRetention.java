package org.constable.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.dispatch.persistence.IncidentRetentionStore;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as retention review (MoPI) needs them: reference, call type and last activity (closed,
 * else opened), a system read with no personal data; their disposal and the redaction of a
 * disposed person's names (ADR 0109). Erasure removes the summary, the place in words, the
 * coordinates and the log's words; the reference, call type, grade, times, beat, grid cell and the
 * log's skeleton (when, who, what kind) stay, so counts and response times remain true. The caller
 * audits (one ERASURE entry for the disposal).
 */
@Service
public class IncidentRetention implements FreeTextRedactor {

    public record Fact(long id, String reference, String callType, LocalDate lastActivity) {}

    /** The kinds of data an erasure removes, in words for the ERASURE entry. */
    public static final List<String> ERASED =
            List.of("summary", "place in words", "coordinates and location link", "words of every log entry");

    private final IncidentRetentionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentRetention(IncidentRetentionStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
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

    /** Erases the incident's personal data (joins the caller's transaction); false if erased already or not there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(long incidentId) {
        boolean erased = store.erase(incidentId, clock.instant());
        if (erased) {
            events.publishEvent(new IncidentChanged(incidentId, "erased"));
        }
        return erased;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> redact(NameRedaction names) {
        return names.isEmpty() ? List.of() : store.redact(names);
    }

    private static Fact fact(IncidentRetentionStore.Row r) {
        return new Fact(r.id(), r.reference(), r.callType(), r.lastActivity());
    }
}
