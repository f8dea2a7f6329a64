package org.constable.intelligence.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.intelligence.ReportCompartments;
import org.constable.intelligence.domain.Evaluation;
import org.constable.intelligence.domain.ReportVisibilityRule;
import org.constable.intelligence.persistence.ReportStore;
import org.constable.intelligence.persistence.ReportStore.DisseminationRow;
import org.constable.intelligence.persistence.ReportStore.Link;
import org.constable.intelligence.persistence.ReportStore.ReportRow;
import org.constable.people.PoleDirectory;
import org.constable.people.PoleSearchFeed;
import org.constable.people.RestrictedParts;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds what a reader may see of reports, and decides whether they may see a report at all. */
@Component
class ReportViews {

    private final ReportStore store;
    private final ReportLinks linked;
    private final PoleDirectory pole;
    private final PoleSearchFeed feed;
    private final AccessPolicy policy;
    private final ObjectProvider<ReportCompartments> compartments;

    ReportViews(
            ReportStore store,
            ReportLinks linked,
            PoleDirectory pole,
            PoleSearchFeed feed,
            AccessPolicy policy,
            ObjectProvider<ReportCompartments> compartments) {
        this.store = store;
        this.linked = linked;
        this.pole = pole;
        this.feed = feed;
        this.policy = policy;
        this.compartments = compartments;
    }

    /** Whether this actor may see this report at all (ADR 0075), with its restriction read live. */
    boolean sees(Actor actor, ReportRow row) {
        return !visibleOnly(actor, List.of(row)).isEmpty();
    }

    /** Of these reports, those this actor may see, in the order given. */
    List<ReportRow> visibleOnly(Actor actor, List<ReportRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ReportRow::id).toList();
        Set<Long> compartmented = hiddenByCompartment(actor, ids);
        Map<Long, List<Link>> links = store.links(ids);
        Map<Long, Evaluation> current = store.current(ids);
        boolean unit = policy.allows(actor, Permission.INTELLIGENCE_EVALUATE);
        boolean reader = policy.allows(actor, Permission.INTELLIGENCE_READ);
        List<Link> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(allLinks(r, links)));
        Set<Link> withheld = linked.withheld(actor, all);
        return rows.stream()
                .filter(r -> !compartmented.contains(r.id()))
                .filter(r -> ReportVisibilityRule.sees(
                        r.submittedByUser() == actor.userId(),
                        unit,
                        reader,
                        current.containsKey(r.id()),
                        allLinks(r, links).stream().anyMatch(withheld::contains)))
                .toList();
    }

    /** The reports filed in a compartment this actor is not a member of, asked now (ADR 0103). */
    private Set<Long> hiddenByCompartment(Actor actor, List<Long> ids) {
        ReportCompartments hook = compartments.getIfAvailable();
        return hook == null ? Set.of() : hook.hiddenFrom(actor, ids);
    }

    List<IntelligenceViews.ReportLine> lines(Actor actor, List<ReportRow> rows) {
        Map<Long, Evaluation> current =
                store.current(rows.stream().map(ReportRow::id).toList());
        Set<Link> withheld = linked.withheld(actor, places(rows));
        return rows.stream()
                .map(r -> {
                    Evaluation e = current.get(r.id());
                    return new IntelligenceViews.ReportLine(
                            r.id(),
                            r.submittedBy(),
                            ForceTime.dateTime(r.submittedAt()),
                            r.sourceType().label(),
                            placeWords(r, withheld),
                            e == null ? "Awaiting evaluation" : "Graded",
                            e == null ? null : e.grade().code());
                })
                .toList();
    }

    IntelligenceViews.Report report(
            Actor actor,
            ReportRow row,
            List<Evaluation> versions,
            List<DisseminationRow> disseminations,
            boolean unit,
            String purpose) {
        List<Link> links = store.links(List.of(row.id())).getOrDefault(row.id(), List.of());
        List<Link> all = new ArrayList<>(links);
        if (row.locationId() != null) {
            all.add(new Link(RecordType.LOCATION, row.locationId()));
        }
        Set<Link> withheld = linked.withheld(actor, all);
        Evaluation current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        return new IntelligenceViews.Report(
                row.id(),
                current == null ? "Awaiting evaluation" : "Graded",
                row.submittedBy(),
                row.submittedAt(),
                ForceTime.dateTime(row.submittedAt()),
                row.observedAt(),
                row.observedAt() == null ? null : ForceTime.dateTime(row.observedAt()),
                place(actor, row, withheld),
                row.sourceType().name(),
                row.sourceType().label(),
                linkViews(actor, links, withheld, purpose),
                current == null ? null : evaluation(current, unit),
                unit ? newestFirst(versions) : List.of(),
                disseminations.stream()
                        .map(d -> new IntelligenceViews.DisseminationView(
                                d.id(),
                                d.evaluationVersion(),
                                d.recipient(),
                                d.purpose(),
                                d.handlingConditions(),
                                d.disseminatedBy(),
                                d.disseminatedAt(),
                                ForceTime.dateTime(d.disseminatedAt())))
                        .toList(),
                unit);
    }

    private static List<IntelligenceViews.EvaluationView> newestFirst(List<Evaluation> versions) {
        List<IntelligenceViews.EvaluationView> out = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            out.add(evaluation(versions.get(i), true));
        }
        return out;
    }

    static IntelligenceViews.EvaluationView evaluation(Evaluation e, boolean unit) {
        return new IntelligenceViews.EvaluationView(
                e.version(),
                e.grade().code(),
                e.grade().words(),
                e.grade().source().label(),
                e.grade().assessment().label(),
                e.grade().handling().label(),
                e.handlingConditions(),
                unit ? e.riskAssessment() : null,
                e.sanitisedText(),
                e.evaluatedBy(),
                e.evaluatedAt(),
                ForceTime.dateTime(e.evaluatedAt()));
    }

    private List<IntelligenceViews.LinkView> linkViews(
            Actor actor, List<Link> links, Set<Link> withheld, String purpose) {
        List<Long> personIds = links.stream()
                .filter(l -> l.type() == RecordType.PERSON && !withheld.contains(l))
                .map(Link::id)
                .toList();
        Map<Long, String> names = new HashMap<>();
        pole.people(actor, personIds, purpose).forEach(p -> names.put(p.id(), p.name()));
        List<IntelligenceViews.LinkView> out = new ArrayList<>();
        for (Link l : links) {
            if (withheld.contains(l)) {
                out.add(new IntelligenceViews.LinkView(
                        l.type().words(),
                        null,
                        l.type() == RecordType.PERSON
                                ? RestrictedParts.RESTRICTED_PERSON
                                : "Restricted " + l.type().words(),
                        null));
                continue;
            }
            switch (l.type()) {
                case PERSON ->
                    out.add(new IntelligenceViews.LinkView(
                            "person", l.id(), names.getOrDefault(l.id(), "Person #" + l.id()), "/people/" + l.id()));
                case LOCATION ->
                    out.add(new IntelligenceViews.LinkView(
                            "location",
                            l.id(),
                            pole.place(actor, l.id())
                                    .map(PoleDirectory.Place::address)
                                    .orElse("Location #" + l.id()),
                            "/locations/" + l.id()));
                case VEHICLE ->
                    out.add(new IntelligenceViews.LinkView(
                            "vehicle",
                            l.id(),
                            feed.vehicle(l.id())
                                    .map(PoleSearchFeed.VehicleEntry::vrm)
                                    .orElse("Vehicle #" + l.id()),
                            "/vehicles/" + l.id()));
                case INCIDENT ->
                    out.add(new IntelligenceViews.LinkView(
                            "incident", l.id(), "Incident #" + l.id(), "/incidents/" + l.id()));
                case CRIME ->
                    out.add(new IntelligenceViews.LinkView("crime", l.id(), "Crime #" + l.id(), "/crimes/" + l.id()));
                default -> {}
            }
        }
        return out;
    }

    private @Nullable String place(Actor actor, ReportRow row, Set<Link> withheld) {
        String words = row.placeWords();
        Long locationId = row.locationId();
        if (locationId == null) {
            return words;
        }
        String address = withheld.contains(new Link(RecordType.LOCATION, locationId))
                ? RestrictedParts.RESTRICTED_LOCATION
                : pole.place(actor, locationId)
                        .map(PoleDirectory.Place::address)
                        .orElse("Location #" + locationId);
        return words == null ? address : address + " (" + words + ")";
    }

    private static @Nullable String placeWords(ReportRow r, Set<Link> withheld) {
        if (r.locationId() == null) {
            return r.placeWords();
        }
        return withheld.contains(new Link(RecordType.LOCATION, r.locationId()))
                ? RestrictedParts.RESTRICTED_LOCATION
                : (r.placeWords() == null ? "Location #" + r.locationId() : r.placeWords());
    }

    private static List<Link> places(List<ReportRow> rows) {
        return rows.stream()
                .filter(r -> r.locationId() != null)
                .map(r -> new Link(RecordType.LOCATION, java.util.Objects.requireNonNull(r.locationId())))
                .toList();
    }

    private static List<Link> allLinks(ReportRow r, Map<Long, List<Link>> links) {
        List<Link> all = new ArrayList<>(links.getOrDefault(r.id(), List.of()));
        if (r.locationId() != null) {
            all.add(new Link(RecordType.LOCATION, r.locationId()));
        }
        return all;
    }
}
