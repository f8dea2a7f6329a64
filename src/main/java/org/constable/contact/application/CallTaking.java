package org.constable.contact.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.contact.CallRecorded;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.contact.domain.ThriveGradingPolicy;
import org.constable.contact.persistence.CallStore;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a call. The call and the incident it raises or joins are written in one transaction,
 * so a call never exists without an incident. A grade other than THRIVE's proposal needs a
 * reason, which is kept with the call and in the audit trail.
 */
@Service
public class CallTaking {

    public record Caller(
            boolean anonymous,
            @Nullable String name,
            @Nullable String phone,
            @Nullable Long personId) {}

    /** Where: a gazetteer location, or coordinates (typed or a map click), or only free text (flagged). */
    public record Where(
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String text) {}

    public record NewCall(
            @Nullable Channel channel,
            @Nullable Instant presentedAt,
            @Nullable Instant answeredAt,
            @Nullable Caller caller,
            @Nullable Where where,
            @Nullable String whatHappened,
            @Nullable String callType,
            @Nullable ThriveAssessment thrive,
            @Nullable String grade,
            @Nullable String gradeReason,
            @Nullable String requiredSkills,
            @Nullable Long joinIncidentId,
            List<Long> personIds,
            @Nullable String submissionKey) {

        public NewCall {
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
        }

        /** A call naming nobody, without a form key (telephony and tests). */
        public NewCall(
                Channel channel,
                Instant presentedAt,
                Instant answeredAt,
                @Nullable Caller caller,
                @Nullable Where where,
                String whatHappened,
                String callType,
                ThriveAssessment thrive,
                @Nullable String grade,
                @Nullable String gradeReason,
                @Nullable String requiredSkills,
                @Nullable Long joinIncidentId) {
            this(
                    channel,
                    presentedAt,
                    answeredAt,
                    caller,
                    where,
                    whatHappened,
                    callType,
                    thrive,
                    grade,
                    gradeReason,
                    requiredSkills,
                    joinIncidentId,
                    List.of(),
                    null);
        }
    }

    public record Recorded(
            long callId,
            String reference,
            long incidentId,
            @Nullable String incidentReference,
            boolean joinedExisting,
            @Nullable String proposedGrade,
            @Nullable String grade,
            boolean locationUnverified) {}

    private final CallStore calls;
    private final Incidents incidents;
    private final PoleDirectory directory;
    private final ThriveGradingPolicy grading;
    private final GradeCatalogue grades;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CallTaking(
            CallStore calls,
            Incidents incidents,
            PoleDirectory directory,
            ThriveGradingPolicy grading,
            GradeCatalogue grades,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calls = calls;
        this.incidents = incidents;
        this.directory = directory;
        this.grading = grading;
        this.grades = grades;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The grade THRIVE proposes, for the form to show before the handler decides. */
    public String propose(ThriveAssessment thrive) {
        return grading.propose(thrive);
    }

    /**
     * The call this handler already recorded from the form with this key: a submit repeated after a
     * time-out finds the first one instead of recording the call twice.
     */
    @Transactional(readOnly = true)
    public Optional<Recorded> alreadyRecorded(Actor actor, @Nullable String submissionKey) {
        policy.require(actor, Permission.CALL_HANDLE);
        if (submissionKey == null || submissionKey.isBlank()) {
            return Optional.empty();
        }
        return calls.bySubmissionKey(actor.username(), submissionKey).map(c -> {
            String incidentReference = incidents.byIds(actor, List.of(c.incidentId())).stream()
                    .findFirst()
                    .map(Incidents.IncidentSummary::reference)
                    .orElse(null);
            return new Recorded(c.callId(), c.reference(), c.incidentId(), incidentReference, false, null, null, false);
        });
    }

    @Transactional
    public Recorded record(Actor actor, NewCall call) {
        policy.require(actor, Permission.CALL_HANDLE);
        check(call);
        // check() refused a call without these
        Channel channel = Objects.requireNonNull(call.channel());
        String whatHappened = Objects.requireNonNull(call.whatHappened());
        String callType = Objects.requireNonNull(call.callType());
        ThriveAssessment thrive = Objects.requireNonNull(call.thrive());
        for (int i = 0; i < call.personIds().size(); i++) {
            Long personId = call.personIds().get(i);
            if (personId == null || !directory.personVisible(actor, personId)) {
                throw new RecordNotFound("person", personId == null ? 0 : personId).inField("personIds[" + i + "]");
            }
        }
        checkCaller(actor, call.caller());
        if (call.submissionKey() != null && call.submissionKey().length() > 100) {
            throw new InvalidInput("submissionKey", "A submission key is at most 100 characters.");
        }
        Optional<Recorded> earlier = alreadyRecorded(actor, call.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String proposed = grading.propose(thrive);
        String grade = call.grade() == null || call.grade().isBlank()
                ? proposed
                : grades.require(call.grade()).code();
        String reason = call.gradeReason() == null || call.gradeReason().isBlank()
                ? null
                : call.gradeReason().trim();
        if (!grade.equals(proposed) && reason == null) {
            throw new InvalidInput(
                    "gradeReason", "The grade differs from THRIVE's proposal (" + proposed + "): give a reason.");
        }
        Located where = locate(actor, call.where());
        Instant now = clock.instant();
        long id = calls.nextId();
        String reference = "CALL-"
                + DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC).format(now) + "-" + id;
        Incidents.Raised incident = call.joinIncidentId() != null
                ? incidents.join(actor.username(), call.joinIncidentId(), reference, whatHappened)
                : incidents.raise(
                        actor.username(),
                        new Incidents.NewIncident(
                                callType,
                                whatHappened,
                                grade,
                                where.text(),
                                where.point(),
                                where.locationId(),
                                where.unverified(),
                                call.requiredSkills()),
                        reference);
        List<org.constable.shared.RecordRef> named = call.personIds().stream()
                .map(p -> org.constable.shared.RecordRef.of(RecordType.PERSON, p))
                .toList();
        Caller caller = call.caller() == null ? new Caller(true, null, null, null) : call.caller();
        calls.insert(
                id,
                reference,
                new CallStore.NewCall(
                        channel.name(),
                        now,
                        call.presentedAt(),
                        call.answeredAt(),
                        actor.username(),
                        caller.anonymous(),
                        caller.anonymous() ? null : trim(caller.name()),
                        caller.anonymous() ? null : trim(caller.phone()),
                        caller.personId(),
                        where.text(),
                        where.point() == null ? null : where.point().latitude(),
                        where.point() == null ? null : where.point().longitude(),
                        where.locationId(),
                        where.unverified(),
                        whatHappened.trim(),
                        callType,
                        thrive.asText(),
                        proposed,
                        grade,
                        reason,
                        call.submissionKey() == null || call.submissionKey().isBlank() ? null : call.submissionKey()),
                incident.id(),
                call.joinIncidentId() != null);
        calls.insertPersons(id, call.personIds());
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        withNamed(
                                RecordRef.of(RecordType.CALL, id),
                                RecordRef.of(RecordType.INCIDENT, incident.id()),
                                named))
                .withDetail(
                        grade.equals(proposed)
                                ? "call recorded"
                                : "call recorded; grade " + proposed + " -> " + grade + "; reason: " + reason));
        events.publishEvent(
                new CallRecorded(id, reference, channel.name(), incident.id(), call.joinIncidentId() != null, now));
        return new Recorded(
                id,
                reference,
                incident.id(),
                incident.reference(),
                call.joinIncidentId() != null,
                proposed,
                grade,
                where.unverified());
    }

    private static RecordRef[] withNamed(RecordRef call, RecordRef incident, List<RecordRef> named) {
        List<RecordRef> all = new java.util.ArrayList<>(List.of(call, incident));
        all.addAll(named);
        return all.toArray(RecordRef[]::new);
    }

    private record Located(
            String text, @Nullable GeoPoint point, @Nullable Long locationId, boolean unverified) {}

    private Located locate(Actor actor, @Nullable Where where) {
        if (where == null) {
            throw new InvalidInput(
                    "location", "A call needs a location: an address, coordinates or a description of the place.");
        }
        Long locationId = where.locationId();
        if (locationId != null) {
            PoleDirectory.Place place = directory
                    .place(actor, locationId)
                    .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.LOCATION, locationId)));
            return new Located(place.address(), place.point(), place.id(), false);
        }
        if (where.latitude() != null || where.longitude() != null) {
            if (where.latitude() == null || where.longitude() == null) {
                throw new InvalidInput(
                        where.latitude() == null ? "location.latitude" : "location.longitude",
                        "Give both latitude and longitude.");
            }
            GeoPoint p = new GeoPoint(where.latitude(), where.longitude());
            String text = where.text() == null || where.text().isBlank()
                    ? String.format(java.util.Locale.ROOT, "%.5f, %.5f", p.latitude(), p.longitude())
                    : where.text().trim();
            return new Located(text, p, null, false);
        }
        if (where.text() == null || where.text().isBlank()) {
            throw new InvalidInput(
                    "location", "A call needs a location: an address, coordinates or a description of the place.");
        }
        return new Located(where.text().trim(), null, null, true);
    }

    private static void check(NewCall c) {
        InvalidInput.Collector wrong = new InvalidInput.Collector();
        if (c.channel() == null) {
            wrong.add("channel", "channel is required (EMERGENCY_999, NON_EMERGENCY_101 or ONLINE).");
        }
        if (c.whatHappened() == null
                || c.whatHappened().isBlank()
                || c.whatHappened().length() > 4000) {
            wrong.add("whatHappened", "Say what happened (1 to 4000 characters).");
        }
        if (c.callType() == null || !c.callType().matches("[A-Z_]{2,40}")) {
            wrong.add("callType", "callType is an upper-case word such as ASSAULT, BURGLARY or CONCERN_FOR_WELFARE.");
        }
        if (c.thrive() == null) {
            wrong.add("thrive", "THRIVE is required for every call.");
        }
        if (c.presentedAt() != null && c.answeredAt() != null && c.answeredAt().isBefore(c.presentedAt())) {
            wrong.add("answeredAt", "A call cannot be answered before it was presented.");
        }
        wrong.throwIfAny();
    }

    /** A caller named as a person on record must be one the call handler can see; a missing one is refused. */
    private void checkCaller(Actor actor, @Nullable Caller caller) {
        if (caller != null && caller.personId() != null && !directory.personVisible(actor, caller.personId())) {
            throw new RecordNotFound("person", caller.personId()).inField("caller.personId");
        }
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
