package org.constable.crime.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.crime.CancellationGround;
import org.constable.crime.RecordingRate;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.CrimeViews;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.NcrsDecision;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Crime recording, the crime registrar's decisions and the NCRS integrity monitor over REST. */
@RestController
@RequestMapping("/api/v1")
class CrimesApi {

    record NewCrime(
            Long fromIncidentId,
            @NotBlank @Size(max = 10) String classificationCode,
            @NotNull Instant occurredFrom,
            @NotNull Instant occurredTo,
            Instant reportedAt,
            Long locationId,
            Double latitude,
            Double longitude,
            @Size(max = 300) String locationText,
            List<CrimeRecording.Victim> victims,
            List<Long> suspects,
            List<Long> witnesses,
            List<Long> linkedIncidents,
            @Size(max = 4000) String modusOperandi,
            @NotBlank @Size(max = 8000) String narrative,
            @NotBlank @Size(max = 60) String officerInCharge) {}

    record ChangeRequest(
            @NotNull ChangeKind kind,
            @Size(max = 10) String newClassificationCode,
            CancellationGround ground,
            @NotBlank @Size(max = 2000) String reason) {}

    record Decision(boolean approve, @Size(max = 2000) String note) {}

    record Outcome(
            @NotBlank String outcomeType,
            @NotNull LocalDate decidedOn,
            @Size(max = 120) String decidedBy,
            @Size(max = 2000) String note) {}

    record NcrsDecisionForm(
            @NotNull NcrsDecision decision,
            @NotBlank @Size(max = 2000) String reason) {}

    private final CrimeRecording recording;
    private final CrimeChanges changes;
    private final CrimeViews views;
    private final IntegrityMonitor monitor;
    private final CurrentActor actors;

    CrimesApi(
            CrimeRecording recording,
            CrimeChanges changes,
            CrimeViews views,
            IntegrityMonitor monitor,
            CurrentActor actors) {
        this.recording = recording;
        this.changes = changes;
        this.views = views;
        this.monitor = monitor;
        this.actors = actors;
    }

    @GetMapping("/crime-classifications")
    @Guarded(Permission.CRIME_READ)
    List<CrimeDocuments.ClassificationDocument> classifications(@RequestParam(required = false) String q) {
        return views.classifications(actors.require(), q).stream()
                .map(CrimeDocuments.ClassificationDocument::of)
                .toList();
    }

    @GetMapping("/crime-outcome-types")
    @Guarded(Permission.CRIME_READ)
    List<CrimeDocuments.OutcomeTypeDocument> outcomeTypes() {
        return views.outcomeTypes(actors.require()).stream()
                .map(CrimeDocuments.OutcomeTypeDocument::of)
                .toList();
    }

    @PostMapping("/crimes")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.CRIME_RECORD)
    ResponseEntity<CrimeDocuments.RecordedCrime> record(@Valid @RequestBody NewCrime f) {
        var recorded = recording.record(
                actors.require(),
                new CrimeRecording.NewCrime(
                        f.fromIncidentId(),
                        f.classificationCode(),
                        f.occurredFrom(),
                        f.occurredTo(),
                        f.reportedAt(),
                        new CrimeRecording.Where(f.locationId(), f.latitude(), f.longitude(), f.locationText()),
                        f.victims(),
                        f.suspects(),
                        f.witnesses(),
                        f.linkedIncidents(),
                        f.modusOperandi(),
                        f.narrative(),
                        f.officerInCharge()));
        return ResponseEntity.created(URI.create("/api/v1/crimes/" + recorded.id()))
                .body(CrimeDocuments.RecordedCrime.of(recorded));
    }

    @GetMapping("/crimes")
    @Guarded(Permission.CRIME_READ)
    List<CrimeDocuments.CrimeLineDocument> recent() {
        return views.recent(actors.require(), 100).stream()
                .map(CrimeDocuments.CrimeLineDocument::of)
                .toList();
    }

    @GetMapping("/crimes/{id}")
    @Guarded(Permission.CRIME_READ)
    CrimeDocuments.CrimeDocument crime(@PathVariable long id, @Purpose String purpose) {
        return CrimeDocuments.CrimeDocument.of(views.open(actors.require(), id, purpose));
    }

    @PostMapping("/crimes/{id}/change-requests")
    @Guarded(Permission.CRIME_RECORD)
    ResponseEntity<Map<String, Long>> requestChange(@PathVariable long id, @Valid @RequestBody ChangeRequest r) {
        long requestId =
                changes.request(actors.require(), id, r.kind(), r.newClassificationCode(), r.ground(), r.reason());
        return ResponseEntity.status(201).body(Map.of("id", requestId));
    }

    @GetMapping("/crime-change-requests")
    @Guarded(Permission.CRIME_REGISTRAR_DECIDE)
    List<CrimeDocuments.ChangeRequestDocument> pending(@Purpose String purpose) {
        return views.pendingRequests(actors.require(), purpose).stream()
                .map(CrimeDocuments.ChangeRequestDocument::of)
                .toList();
    }

    @PostMapping("/crime-change-requests/{id}/decision")
    @Guarded(Permission.CRIME_REGISTRAR_DECIDE)
    ResponseEntity<Void> decide(@PathVariable long id, @Valid @RequestBody Decision d) {
        changes.decide(actors.require(), id, d.approve(), d.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/crimes/{id}/outcomes")
    @Guarded(Permission.CRIME_OUTCOME)
    ResponseEntity<Void> outcome(@PathVariable long id, @Valid @RequestBody Outcome o) {
        changes.addOutcome(actors.require(), id, o.outcomeType(), o.decidedOn(), o.decidedBy(), o.note());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/crime-monitor/queue")
    @Guarded(Permission.CRIME_MONITOR_READ)
    List<CrimeDocuments.QueueEntryDocument> queue(@Purpose String purpose) {
        return monitor.queue(actors.require(), purpose).stream()
                .map(CrimeDocuments.QueueEntryDocument::of)
                .toList();
    }

    @PostMapping("/crime-monitor/incidents/{incidentId}/decision")
    @Guarded(Permission.CRIME_REGISTRAR_DECIDE)
    ResponseEntity<Void> ncrsDecision(@PathVariable long incidentId, @Valid @RequestBody NcrsDecisionForm d) {
        monitor.decide(actors.require(), incidentId, d.decision(), d.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/crime-monitor/rate")
    @Guarded(Permission.CRIME_MONITOR_READ)
    RecordingRate rate(@RequestParam Instant from, @RequestParam Instant to) {
        return monitor.rate(actors.require(), from, to);
    }
}
