package org.constable.contact.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.contact.application.CallReconciliation;
import org.constable.contact.application.CallTaking;
import org.constable.contact.application.LocationContext;
import org.constable.contact.application.ResponseReport;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Taking calls over REST (for telephony and online-report integrations as well as tests). */
@RestController
@RequestMapping("/api/v1")
class CallsApi {

    record Element(@NotNull Level level, @Size(max = 1000) String note) {
        ThriveAssessment.Element toDomain() {
            return new ThriveAssessment.Element(level, note);
        }
    }

    record Thrive(
            @NotNull @Valid Element threat,
            @NotNull @Valid Element harm,
            @NotNull @Valid Element risk,
            @NotNull @Valid Element investigation,
            @NotNull @Valid Element vulnerability,
            @NotNull @Valid Element engagement) {
        ThriveAssessment toDomain() {
            return new ThriveAssessment(
                    threat.toDomain(),
                    harm.toDomain(),
                    risk.toDomain(),
                    investigation.toDomain(),
                    vulnerability.toDomain(),
                    engagement.toDomain());
        }
    }

    record Caller(
            boolean anonymous,
            @Size(max = 120) @Nullable String name,
            @Size(max = 30) @Nullable String phone,
            @Nullable Long personId) {}

    record Location(
            Long locationId,
            @Min(-90) @Max(90) Double latitude,
            @Min(-180) @Max(180) Double longitude,
            @Size(max = 300) String text) {}

    record CallForm(
            @NotNull Channel channel,
            Instant presentedAt,
            Instant answeredAt,
            @Valid Caller caller,
            @NotNull @Valid Location location,
            @NotBlank @Size(max = 4000) String whatHappened,
            @NotBlank @Size(max = 40) String callType,
            @NotNull @Valid Thrive thrive,
            @Size(max = 40) String grade,
            @Size(max = 1000) String gradeReason,
            @Size(max = 200) String requiredSkills,
            Long joinIncidentId,
            @Size(max = 50) List<@NotNull Long> personIds) {}

    record ThriveOnly(@NotNull @Valid Thrive thrive) {}

    private final CallTaking calls;
    private final LocationContext context;
    private final CallReconciliation reconciliation;
    private final ResponseReport report;
    private final PoleDirectory directory;
    private final CurrentActor actors;

    CallsApi(
            CallTaking calls,
            LocationContext context,
            CallReconciliation reconciliation,
            ResponseReport report,
            PoleDirectory directory,
            CurrentActor actors) {
        this.calls = calls;
        this.context = context;
        this.reconciliation = reconciliation;
        this.report = report;
        this.directory = directory;
        this.actors = actors;
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.CALL_HANDLE)
    ResponseEntity<CallTaking.Recorded> record(@Valid @RequestBody CallForm f) {
        Caller caller = f.caller() == null ? new Caller(true, null, null, null) : f.caller();
        var recorded = calls.record(
                actors.require(),
                new CallTaking.NewCall(
                        f.channel(),
                        f.presentedAt(),
                        f.answeredAt(),
                        new CallTaking.Caller(caller.anonymous(), caller.name(), caller.phone(), caller.personId()),
                        new CallTaking.Where(
                                f.location().locationId(),
                                f.location().latitude(),
                                f.location().longitude(),
                                f.location().text()),
                        f.whatHappened(),
                        f.callType().trim().toUpperCase(Locale.ROOT),
                        f.thrive().toDomain(),
                        f.grade(),
                        f.gradeReason(),
                        f.requiredSkills(),
                        f.joinIncidentId(),
                        f.personIds(),
                        null));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + recorded.incidentId()))
                .body(recorded);
    }

    @PostMapping("/calls/grade-proposal")
    @Guarded(Permission.CALL_HANDLE)
    Map<String, String> propose(@Valid @RequestBody ThriveOnly body) {
        return Map.of("grade", calls.propose(body.thrive().toDomain()));
    }

    @GetMapping("/calls/context")
    @Guarded(Permission.CALL_HANDLE)
    LocationContext.Context context(
            @RequestParam(required = false) Long locationId,
            @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude,
            @RequestParam(name = "personId", required = false) List<Long> personIds,
            @Purpose String purpose) {
        return context.around(actors.require(), locationId, latitude, longitude, personIds, purpose);
    }

    @GetMapping("/calls/addresses")
    @Guarded(Permission.CALL_HANDLE)
    List<PoleDirectory.Place> addresses(@RequestParam String q, @Purpose String purpose) {
        return directory.findAddresses(actors.require(), q, 10, purpose);
    }

    @GetMapping("/calls/reconciliation")
    @Guarded(Permission.RESPONSE_REPORTS)
    CallReconciliation.Report reconcile() {
        return reconciliation.run(actors.require());
    }

    @GetMapping("/reports/response")
    @Guarded(Permission.RESPONSE_REPORTS)
    ResponseReport.Report response(@RequestParam Instant from, @RequestParam Instant to) {
        return report.between(actors.require(), from, to);
    }
}
