package org.constable.investigation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.VictimCare;
import org.constable.investigation.application.VictimCareQueries;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.ContactKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Victims' Code over REST: the due/overdue lists, a crime's victim care, case events and victim contacts. */
@RestController
@RequestMapping("/api/v1/victim-care")
class VictimCareApi {

    record CaseEvent(
            @NotNull CaseEventKind kind,
            Instant occurredAt,
            @Size(max = 2000) String note) {}

    record Contact(
            @NotNull ContactKind kind,
            Instant contactedAt,
            @Size(max = 2000) String note) {}

    private final VictimCare care;
    private final VictimCareQueries queries;
    private final CurrentActor actors;

    VictimCareApi(VictimCare care, VictimCareQueries queries, CurrentActor actors) {
        this.care = care;
        this.queries = queries;
        this.actors = actors;
    }

    @GetMapping("/due")
    @Guarded(Permission.VICTIM_CARE)
    VictimCareQueries.DueList mine(@Purpose String purpose) {
        return queries.mine(actors.require(), purpose);
    }

    @GetMapping("/team-due")
    @Guarded(Permission.VICTIM_CARE_OVERSIGHT)
    VictimCareQueries.DueList team(@Purpose String purpose) {
        return queries.team(actors.require(), purpose);
    }

    @GetMapping("/crimes/{crimeId}")
    @Guarded(Permission.VICTIM_CARE)
    VictimCareQueries.CrimeCare crime(@PathVariable long crimeId, @Purpose String purpose) {
        return queries.crime(actors.require(), crimeId, purpose);
    }

    @PostMapping("/crimes/{crimeId}/events")
    @Guarded(Permission.VICTIM_CARE)
    @ResponseStatus(HttpStatus.CREATED)
    VictimCare.Started event(@PathVariable long crimeId, @Valid @RequestBody CaseEvent body) {
        return care.recordEvent(actors.require(), crimeId, body.kind(), body.occurredAt(), body.note());
    }

    @PostMapping("/{victimCareId}/contacts")
    @Guarded(Permission.VICTIM_CARE)
    @ResponseStatus(HttpStatus.CREATED)
    VictimCare.Answered contact(@PathVariable long victimCareId, @Valid @RequestBody Contact body) {
        return care.recordContact(actors.require(), victimCareId, body.kind(), body.contactedAt(), body.note());
    }
}
