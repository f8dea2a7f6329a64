package org.constable.sources.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.constable.identity.CurrentActor;
import org.constable.sources.domain.Authorisation;
import org.constable.sources.domain.Due;
import org.constable.sources.persistence.SourceStore;
import org.constable.sources.persistence.SourceStore.SourceRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the register shows: never the true identity but in {@link Identity}, which has its own read. */
@Component
public class SourceViews {

    public record Line(
            long id,
            String reference,
            String pseudonym,
            String handler,
            String controller,
            String authorisation,
            @Nullable Instant expiresAt) {}

    public record AuthorisationView(
            long id,
            @Nullable Long renewalOf,
            String state,
            String grantedBy,
            Instant grantedAt,
            Instant startsAt,
            Instant expiresAt,
            boolean juvenile,
            String grounds,
            Instant nextReviewDue,
            @Nullable Instant cancelledAt,
            @Nullable String cancelledBy,
            @Nullable String cancellationReason) {}

    public record ReviewView(long authorisationId, String reviewedBy, Instant reviewedAt, String note) {}

    public record Source(
            long id,
            String reference,
            String pseudonym,
            String handler,
            String controller,
            String registeredBy,
            Instant registeredAt,
            String authorisation,
            boolean inUse,
            List<AuthorisationView> authorisations,
            List<ReviewView> reviews,
            List<ContactView> contacts) {}

    public record ContactView(
            long id,
            Instant metAt,
            String handler,
            String summary,
            @Nullable String tasking,
            @Nullable Long intelligenceReportId,
            String loggedBy,
            Instant loggedAt) {}

    public record Identity(
            long sourceId, String fullName, LocalDate dateOfBirth, String address, String contactDetails) {}

    public record DueItem(
            long sourceId, String reference, String pseudonym, String what, Instant dueAt, boolean overdue) {}

    private final CurrentActor actors;

    SourceViews(CurrentActor actors) {
        this.actors = actors;
    }

    Line line(SourceRow row, List<Authorisation> authorisations, Instant now) {
        Authorisation current = current(authorisations, now);
        return new Line(
                row.id(),
                row.reference(),
                row.pseudonym(),
                name(row.handlerUserId()),
                name(row.controllerUserId()),
                current == null ? "none" : words(current.stateAt(now)),
                current == null ? null : current.expiresAt());
    }

    Source source(
            SourceRow row,
            List<Authorisation> authorisations,
            List<SourceStore.ReviewRow> reviews,
            List<SourceStore.ContactRow> contacts,
            Instant now) {
        Authorisation current = current(authorisations, now);
        return new Source(
                row.id(),
                row.reference(),
                row.pseudonym(),
                name(row.handlerUserId()),
                name(row.controllerUserId()),
                row.registeredBy(),
                row.registeredAt(),
                current == null ? "none" : words(current.stateAt(now)),
                current != null && current.covers(now),
                authorisations.stream().map(a -> view(a, now)).toList(),
                reviews.stream()
                        .map(r -> new ReviewView(r.authorisationId(), r.reviewedBy(), r.reviewedAt(), r.note()))
                        .toList(),
                contacts.stream()
                        .map(c -> new ContactView(
                                c.id(),
                                c.metAt(),
                                c.handler(),
                                c.summary(),
                                c.tasking(),
                                c.intelligenceReportId(),
                                c.loggedBy(),
                                c.loggedAt()))
                        .toList());
    }

    List<DueItem> due(SourceRow row, List<Authorisation> authorisations, Instant now) {
        List<DueItem> items = new ArrayList<>();
        for (Due.Item i : Due.of(authorisations, now)) {
            items.add(new DueItem(
                    row.id(),
                    row.reference(),
                    row.pseudonym(),
                    i.what().name().toLowerCase(java.util.Locale.ROOT),
                    i.dueAt(),
                    i.overdue()));
        }
        return items;
    }

    static Comparator<DueItem> soonestFirst() {
        return Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::sourceId);
    }

    /** The authorisation in force now; else the latest (expired, cancelled or pending); null if none. */
    static @Nullable Authorisation current(List<Authorisation> authorisations, Instant now) {
        for (Authorisation a : authorisations) {
            if (a.covers(now)) {
                return a;
            }
        }
        return authorisations.isEmpty() ? null : authorisations.get(authorisations.size() - 1);
    }

    private AuthorisationView view(Authorisation a, Instant now) {
        return new AuthorisationView(
                a.id(),
                a.renewalOf(),
                words(a.stateAt(now)),
                a.grantedBy(),
                a.grantedAt(),
                a.startsAt(),
                a.expiresAt(),
                a.juvenile(),
                a.grounds(),
                a.nextReviewDue(),
                a.cancelledAt(),
                a.cancelledBy(),
                a.cancellationReason());
    }

    private static String words(Authorisation.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String name(long userId) {
        return actors.usernameOf(userId).orElse("user " + userId);
    }
}
