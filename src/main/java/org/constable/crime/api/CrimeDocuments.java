package org.constable.crime.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.crime.CancellationGround;
import org.constable.crime.CrimeRole;
import org.constable.crime.CrimeStatus;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.CrimeViews;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.ChangeRequestStatus;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.constable.crime.domain.VictimBasis;
import org.jspecify.annotations.Nullable;

/**
 * What the crime API answers: records made for the API, never the store's rows, so a column can
 * change without changing the contract. The JSON is the one clients have read since the API began.
 */
final class CrimeDocuments {

    private CrimeDocuments() {}

    @Schema(description = "A crime just recorded: its id and its reference, such as CRM-20261120Z-42.")
    record RecordedCrime(long id, String reference) {
        static RecordedCrime of(CrimeRecording.Recorded r) {
            return new RecordedCrime(r.id(), r.reference());
        }
    }

    @Schema(description = "One version of a Home Office offence classification and its police.uk category.")
    record ClassificationDocument(
            String code,
            int version,
            String title,
            String hoGroup,
            String policeUkCategory,
            VictimBasis victimBasis,
            int seriousness) {
        static ClassificationDocument of(Classification k) {
            return new ClassificationDocument(
                    k.code(),
                    k.version(),
                    k.title(),
                    k.hoGroup(),
                    k.policeUkCategory(),
                    k.victimBasis(),
                    k.seriousness());
        }
    }

    @Schema(description = "A Home Office outcome type (the code an outcome is recorded with).")
    record OutcomeTypeDocument(String code, String title) {
        static OutcomeTypeDocument of(CrimeViews.OutcomeType t) {
            return new OutcomeTypeDocument(t.code(), t.title());
        }
    }

    @Schema(description = "A crime in a list: reference and classification only, no one named.")
    record CrimeLineDocument(
            long id,
            String reference,
            String classificationCode,
            CrimeStatus status,
            Instant recordedAt,
            String officerInCharge) {
        static CrimeLineDocument of(CrimeViews.CrimeLine c) {
            return new CrimeLineDocument(
                    c.id(), c.reference(), c.classificationCode(), c.status(), c.recordedAt(), c.officerInCharge());
        }
    }

    @Schema(
            description = "A crime as its reader may see it. A restricted place is withheld without need-to-know:"
                    + " locationText reads 'Restricted location' and there is no point or location id.")
    record CrimeDocument(
            CrimeFacts crime,
            ClassificationDocument classification,
            List<PartyDocument> parties,
            List<Long> incidents,
            List<HistoryDocument> history,
            List<ChangeRequestDocument> requests,
            List<OutcomeDocument> outcomes,
            boolean placeRestricted) {
        static CrimeDocument of(CrimeViews.CrimeView v) {
            return new CrimeDocument(
                    CrimeFacts.of(v.crime()),
                    ClassificationDocument.of(v.classification()),
                    v.parties().stream().map(PartyDocument::of).toList(),
                    v.incidents(),
                    v.history().stream().map(HistoryDocument::of).toList(),
                    v.requests().stream().map(ChangeRequestDocument::of).toList(),
                    v.outcomes().stream().map(OutcomeDocument::of).toList(),
                    v.placeRestricted());
        }
    }

    @Schema(description = "The current version of a crime (earlier versions are in its history).")
    record CrimeFacts(
            long id,
            String reference,
            String classificationCode,
            int classificationVersion,
            Instant occurredFrom,
            Instant occurredTo,
            Instant reportedAt,
            Instant recordedAt,
            String recordedBy,
            String officerInCharge,
            @Nullable Long sourceIncidentId,
            String locationText,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String modusOperandi,
            String narrative,
            CrimeStatus status,
            int version) {
        static CrimeFacts of(CrimeViews.CrimeFacts c) {
            return new CrimeFacts(
                    c.id(),
                    c.reference(),
                    c.classificationCode(),
                    c.classificationVersion(),
                    c.occurredFrom(),
                    c.occurredTo(),
                    c.reportedAt(),
                    c.recordedAt(),
                    c.recordedBy(),
                    c.officerInCharge(),
                    c.sourceIncidentId(),
                    c.locationText(),
                    c.locationId(),
                    c.latitude(),
                    c.longitude(),
                    c.modusOperandi(),
                    c.narrative(),
                    c.status(),
                    c.version());
        }
    }

    @Schema(description = "A victim, suspect or witness; personId is null when the person is withheld.")
    record PartyDocument(@Nullable Long personId, CrimeRole role, boolean vulnerableOrIntimidated, boolean withheld) {
        static PartyDocument of(CrimeViews.Party p) {
            return new PartyDocument(p.personId(), p.role(), p.vulnerableOrIntimidated(), p.withheld());
        }
    }

    @Schema(description = "One version of the crime: who changed what, why, and who approved it.")
    record HistoryDocument(
            int version,
            Instant at,
            String actor,
            String change,
            String classificationCode,
            CrimeStatus status,
            @Nullable String reason,
            @Nullable String approvedBy) {
        static HistoryDocument of(CrimeHistoryEntry h) {
            return new HistoryDocument(
                    h.version(),
                    h.at(),
                    h.actor(),
                    h.change(),
                    h.classificationCode(),
                    h.status(),
                    h.reason(),
                    h.approvedBy());
        }
    }

    @Schema(description = "A re-classification or cancellation asked of the crime registrar, and its decision.")
    record ChangeRequestDocument(
            long id,
            long crimeId,
            ChangeKind kind,
            @Nullable String newCode,
            @Nullable CancellationGround ground,
            String reason,
            String requestedBy,
            Instant requestedAt,
            ChangeRequestStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {
        static ChangeRequestDocument of(CrimeViews.ChangeRequestLine r) {
            return new ChangeRequestDocument(
                    r.id(),
                    r.crimeId(),
                    r.kind(),
                    r.newCode(),
                    r.ground(),
                    r.reason(),
                    r.requestedBy(),
                    r.requestedAt(),
                    r.status(),
                    r.decidedBy(),
                    r.decidedAt(),
                    r.decisionNote());
        }
    }

    @Schema(description = "A Home Office outcome recorded for the crime.")
    record OutcomeDocument(
            String outcomeType,
            String title,
            LocalDate decidedOn,
            String decidedBy,
            Instant recordedAt,
            String recordedBy,
            @Nullable String note) {
        static OutcomeDocument of(CrimeViews.OutcomeLine o) {
            return new OutcomeDocument(
                    o.outcomeType(), o.title(), o.decidedOn(), o.decidedBy(), o.recordedAt(), o.recordedBy(), o.note());
        }
    }

    @Schema(description = "A crime-indicative incident awaiting a crime or a decision (24-hour clock).")
    record QueueEntryDocument(
            long incidentId,
            String reference,
            String classification,
            Instant reportedAt,
            Instant closedAt,
            String locationText,
            Instant dueAt,
            boolean overdue,
            long minutesLeft) {
        static QueueEntryDocument of(IntegrityMonitor.QueueEntry e) {
            return new QueueEntryDocument(
                    e.incidentId(),
                    e.reference(),
                    e.classification(),
                    e.reportedAt(),
                    e.closedAt(),
                    e.locationText(),
                    e.dueAt(),
                    e.overdue(),
                    e.minutesLeft());
        }
    }
}
