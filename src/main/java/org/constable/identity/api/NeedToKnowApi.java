package org.constable.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.application.NeedToKnow;
import org.constable.identity.persistence.NeedToKnowGrants;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
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

/**
 * Need-to-know grants (ADR 0044): made by a supervisor for someone else, on an existing record, to
 * an active account, until an expiry (30 days unless given, at most 365); listed per record or per
 * user; revoked. Each grant and revocation is audited.
 */
@RestController
@RequestMapping("/api/v1/need-to-know")
class NeedToKnowApi {

    record GrantBody(
            @NotBlank @Size(max = 40) String recordType,
            @Positive long recordId,
            @Positive long userId,
            Instant expiresAt,
            @Size(max = 500) String reason) {}

    record GrantView(
            long id,
            String recordType,
            long recordId,
            @Nullable Long userId,
            @Nullable String username,
            @Nullable Long teamId,
            String grantedBy,
            Instant grantedAt,
            Instant expiresAt,
            @Nullable String reason,
            @Nullable String revokedBy,
            @Nullable Instant revokedAt,
            String state) {}

    private final NeedToKnow needToKnow;
    private final CurrentActor actors;
    private final java.time.Clock clock;

    NeedToKnowApi(NeedToKnow needToKnow, CurrentActor actors, java.time.Clock clock) {
        this.needToKnow = needToKnow;
        this.actors = actors;
        this.clock = clock;
    }

    /** 204 with the new grant's address in Location (its id is what a revocation names). */
    @PostMapping
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    ResponseEntity<Void> grant(@Valid @RequestBody GrantBody body) {
        var grant = needToKnow.grant(
                actors.require(),
                new NeedToKnow.GrantRequest(
                        body.recordType(), body.recordId(), body.userId(), body.expiresAt(), body.reason()));
        return ResponseEntity.noContent()
                .location(URI.create("/api/v1/need-to-know/" + grant.id()))
                .header("Need-To-Know-Grant", Long.toString(grant.id()))
                .build();
    }

    /** The grants on one record ({@code recordType} and {@code recordId}), or those held by one user ({@code userId}). */
    @GetMapping
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    List<GrantView> list(
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) Long recordId,
            @RequestParam(required = false) Long userId) {
        var actor = actors.require();
        List<NeedToKnowGrants.Grant> found;
        if (userId != null && recordType == null && recordId == null) {
            found = needToKnow.ofUser(actor, userId);
        } else if (recordType != null && recordId != null && userId == null) {
            found = needToKnow.onRecord(actor, recordType, recordId);
        } else {
            throw new InvalidInput("recordType", "Give recordType and recordId, or userId.");
        }
        return found.stream().map(this::view).toList();
    }

    @PostMapping("/{id}/revocation")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        needToKnow.revoke(actors.require(), id);
    }

    private GrantView view(NeedToKnowGrants.Grant g) {
        String state = g.revokedAt() != null ? "REVOKED" : g.liveAt(clock.instant()) ? "ACTIVE" : "EXPIRED";
        return new GrantView(
                g.id(),
                g.recordType(),
                g.recordId(),
                g.userId(),
                g.username(),
                g.teamId(),
                g.grantedBy(),
                g.grantedAt(),
                g.expiresAt(),
                g.reason(),
                g.revokedBy(),
                g.revokedAt(),
                state);
    }
}
