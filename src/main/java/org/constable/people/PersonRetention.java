package org.constable.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.people.persistence.PersonErasureStore;
import org.constable.shared.NameRedaction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons as retention review (MoPI) needs them, and their disposal (ADR 0093). The facts are a
 * system read for the retention register: no name reaches a user through them. Erasure removes the
 * name, date of birth, description, aliases, addresses, links and warning markers, keeps the id, and
 * announces the change, so the search index drops the person; an erased person is never fed to the
 * index again, also when it is rebuilt. The caller audits the erasure (one ERASURE entry for the
 * disposal).
 */
@Service
public class PersonRetention {

    /** What decides a person's group and dates; {@code warningMarkers} as their codes. */
    public record Fact(long id, @Nullable LocalDate dateOfBirth, LocalDate lastActivity, List<String> warningMarkers) {}

    /** The kinds of personal data an erasure removes, in words for the ERASURE entry. */
    public static final List<String> ERASED = List.of(
            "name",
            "middle names",
            "date of birth",
            "sex",
            "description",
            "aliases",
            "addresses",
            "links",
            "warning markers");

    private final PersonErasureStore store;
    private final ApplicationEventPublisher events;

    PersonRetention(PersonErasureStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    private final Clock clock;

    /** Up to {@code limit} persons not erased and not combined into another, with ids above {@code afterId}. */
    @Transactional(readOnly = true)
    public List<Fact> after(long afterId, int limit) {
        return complete(store.after(afterId, null, limit).stream()
                .filter(f -> !f.erased())
                .toList());
    }

    @Transactional(readOnly = true)
    public Optional<Fact> of(long id) {
        return complete(store.after(id - 1, id, 1).stream()
                        .filter(f -> !f.erased())
                        .toList())
                .stream()
                .findFirst();
    }

    /**
     * The person's names as free text elsewhere may hold them (full name, with middle names, surname
     * first, aliases), for redaction before the erasure (ADR 0109). A system read inside a disposal,
     * which the caller audits: the names never leave the server.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public NameRedaction namesOf(long personId) {
        return NameRedaction.of(store.namesOf(personId));
    }

    /** Erases the person's personal data (joins the caller's transaction); false if it was erased already or is not there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(long personId) {
        boolean erased = store.erase(personId, clock.instant());
        if (erased) {
            events.publishEvent(new PersonChanged(personId));
        }
        return erased;
    }

    private List<Fact> complete(List<PersonErasureStore.Fact> rows) {
        var markers =
                store.markers(rows.stream().map(PersonErasureStore.Fact::id).toList());
        return rows.stream()
                .map(r -> new Fact(r.id(), r.dateOfBirth(), r.lastActivity(), markers.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
