package org.constable.crime.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeRole;
import org.constable.crime.CrimeVictim;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.Crime;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeStore;
import org.constable.crime.persistence.MonitorStore;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a crime, from a closed crime-indicative incident or directly. The counting rules are
 * checked against the crimes already recorded for the same victims or incidents, inside the
 * transaction that records it, and a breach is explained to the user and records nothing.
 */
@Service
public class CrimeRecording {

    public record Victim(long personId, boolean vulnerableOrIntimidated) {}

    /** Where: a gazetteer location, coordinates with a description, or (from an incident) the incident's place when left empty. */
    public record Where(
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String text) {}

    public record NewCrime(
            @Nullable Long fromIncidentId,
            @Nullable String classificationCode,
            @Nullable Instant occurredFrom,
            @Nullable Instant occurredTo,
            @Nullable Instant reportedAt,
            @Nullable Where where,
            @Nullable List<Victim> victims,
            @Nullable List<Long> suspects,
            @Nullable List<Long> witnesses,
            @Nullable List<Long> linkedIncidents,
            @Nullable String modusOperandi,
            @Nullable String narrative,
            @Nullable String officerInCharge) {}

    public record Recorded(long id, String reference) {}

    private final CrimeStore crimes;
    private final ClassificationStore classifications;
    private final MonitorStore monitor;
    private final Incidents incidents;
    private final PoleDirectory directory;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StoredCrimes stored;

    public CrimeRecording(
            StoredCrimes stored,
            CrimeStore crimes,
            ClassificationStore classifications,
            MonitorStore monitor,
            Incidents incidents,
            PoleDirectory directory,
            AccessPolicy policy,
            CurrentActor actors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.actors = actors;
        this.stored = stored;
        this.crimes = crimes;
        this.classifications = classifications;
        this.monitor = monitor;
        this.incidents = incidents;
        this.directory = directory;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(Actor actor, NewCrime c) {
        policy.require(actor, Permission.CRIME_RECORD);
        Classification classification = classification(c.classificationCode(), "classificationCode");
        MonitorStore.Indicative source = c.fromIncidentId() == null
                ? null
                : monitor.find(c.fromIncidentId())
                        .orElseThrow(() -> new InvalidInput(
                                "fromIncidentId",
                                "Incident " + c.fromIncidentId() + " is not a closed crime-indicative incident:"
                                        + " record the crime directly and link the incident."));
        Instant reportedAt = source != null ? source.reportedAt() : c.reportedAt();
        if (reportedAt == null || c.occurredFrom() == null || c.occurredTo() == null) {
            throw new InvalidInput(
                    reportedAt == null ? "reportedAt" : c.occurredFrom() == null ? "occurredFrom" : "occurredTo",
                    "Say when: the offence window (from and to) and, for a crime not raised from an incident, when it was reported.");
        }
        String narrative = required(c.narrative(), "narrative", "narrative", 8000);
        String officer = officerInCharge(c.officerInCharge());
        List<Victim> victims = c.victims() == null ? List.of() : c.victims();
        Set<Long> linked = new LinkedHashSet<>();
        if (source != null) {
            linked.add(source.incidentId());
        }
        if (c.linkedIncidents() != null) {
            linked.addAll(c.linkedIncidents());
        }
        Set<Long> known = incidents.existing(linked);
        linked.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("linkedIncidents", "Incident " + id + " does not exist.");
        });
        List<Long> named =
                new ArrayList<>(victims.stream().map(Victim::personId).toList());
        named.addAll(list(c.suspects()));
        named.addAll(list(c.witnesses()));
        named.stream()
                .filter(id -> !directory.personVisible(actor, id))
                .findFirst()
                .ifPresent(id -> {
                    throw new RecordNotFound(RecordRef.of(RecordType.PERSON, id));
                });
        Located where = locate(actor, c.where(), source);

        List<Long> victimIds = victims.stream().map(Victim::personId).toList();
        Crime crime = Crime.record(
                new Crime.Recording(
                        classification,
                        c.occurredFrom(),
                        c.occurredTo(),
                        reportedAt,
                        actor.username(),
                        officer,
                        source == null ? null : source.incidentId(),
                        new Crime.Place(where.text(), where.locationId(), where.latitude(), where.longitude()),
                        c.modusOperandi() == null ? "" : c.modusOperandi().trim(),
                        narrative,
                        victimIds,
                        linked),
                clock.instant(),
                stored.related(victimIds, linked),
                stored::nextId);
        long id = crime.id();
        String reference = crime.reference();
        Instant now = crime.recordedAt();
        stored.add(crime);
        victims.forEach(v ->
                crimes.addParty(id, new CrimeStore.Party(v.personId(), CrimeRole.VICTIM, v.vulnerableOrIntimidated())));
        list(c.suspects()).stream()
                .distinct()
                .forEach(p -> crimes.addParty(id, new CrimeStore.Party(p, CrimeRole.SUSPECT, false)));
        list(c.witnesses()).stream()
                .distinct()
                .forEach(p -> crimes.addParty(id, new CrimeStore.Party(p, CrimeRole.WITNESS, false)));
        linked.forEach(i -> crimes.linkIncident(id, i, source != null && i == source.incidentId()));
        stored.appendHistory(crime, crime.firstVersion());
        List<RecordRef> refs = new ArrayList<>(List.of(RecordRef.of(RecordType.CRIME, id)));
        named.forEach(p -> refs.add(RecordRef.of(RecordType.PERSON, p)));
        linked.forEach(i -> refs.add(RecordRef.of(RecordType.INCIDENT, i)));
        audit.record(new AuditRecord(
                Operation.COLLECTION,
                actor.username(),
                actor.rolesText(),
                refs,
                null,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                "crime recorded as " + classification.label()));
        events.publishEvent(new CrimeRecorded(
                id,
                reference,
                classification.code(),
                reportedAt,
                now,
                officer,
                victims.stream()
                        .map(v -> new CrimeVictim(v.personId(), v.vulnerableOrIntimidated()))
                        .toList()));
        return new Recorded(id, reference);
    }

    Classification classification(@Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "Choose the Home Office classification.");
        }
        return classifications
                .currentOf(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(
                        () -> new InvalidInput(field, "Unknown Home Office classification '" + code.trim() + "'."));
    }

    private record Located(
            String text,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    private Located locate(Actor actor, @Nullable Where where, MonitorStore.@Nullable Indicative source) {
        Long locationId = where == null ? null : where.locationId();
        if (locationId != null) {
            PoleDirectory.Place place = directory
                    .place(actor, locationId)
                    .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.LOCATION, locationId)));
            return new Located(
                    place.address(),
                    place.id(),
                    place.point() == null ? null : place.point().latitude(),
                    place.point() == null ? null : place.point().longitude());
        }
        if (where != null && (where.latitude() != null || where.longitude() != null)) {
            if (where.latitude() == null
                    || where.longitude() == null
                    || Math.abs(where.latitude()) > 90
                    || Math.abs(where.longitude()) > 180) {
                throw new InvalidInput("latitude", "Give both latitude (-90 to 90) and longitude (-180 to 180).");
            }
            return new Located(
                    required(where.text(), "locationText", "description of the place", 300),
                    null,
                    where.latitude(),
                    where.longitude());
        }
        if (where != null && where.text() != null && !where.text().isBlank()) {
            return new Located(
                    required(where.text(), "locationText", "description of the place", 300), null, null, null);
        }
        if (source != null) {
            return new Located(source.locationText(), source.locationId(), source.latitude(), source.longitude());
        }
        throw new InvalidInput("locationText", "Say where: an address, coordinates or a description of the place.");
    }

    /** The officer in charge is an active user: victims' deadlines and team lists are kept by that name. */
    private String officerInCharge(@Nullable String username) {
        if (username == null || username.isBlank() || username.trim().length() > 60) {
            throw new InvalidInput(
                    "officerInCharge", "Give the officer in charge: their username (1 to 60 characters).");
        }
        String officer = username.trim();
        if (actors.load(officer).isEmpty()) {
            throw new InvalidInput(
                    "officerInCharge",
                    "No active user is called '" + officer + "': give the username of the officer in charge.");
        }
        return officer;
    }

    static String required(@Nullable String value, String field, String what, int max) {
        if (value == null || value.isBlank() || value.trim().length() > max) {
            throw new InvalidInput(field, "Give the " + what + " (1 to " + max + " characters).");
        }
        return value.trim();
    }

    private static List<Long> list(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
