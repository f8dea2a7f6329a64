package org.constable.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.persistence.NeedToKnowGrants;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need-to-know grants on restricted records (ADR 0044). A grant is made by one person for another
 * (never for oneself), on a record that exists (asked of the module that owns it through
 * {@link NeedToKnowGrantChecks}), to an active
 * account, and runs until it expires or is revoked; grants, revocations and their reasons are kept
 * and audited. AccessPolicy counts only grants that are live now.
 */
@Service
public class NeedToKnow {

    public static final Duration DEFAULT_TERM = Duration.ofDays(30);
    public static final Duration LONGEST_TERM = Duration.ofDays(365);

    /** What a grant asks for; {@code expiresAt} null means the default term. */
    public record GrantRequest(String recordType, long recordId, long userId, Instant expiresAt, String reason) {}

    private final NeedToKnowGrants grants;
    private final UserAccounts users;
    private final NeedToKnowGrantChecks records;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NeedToKnow(
            NeedToKnowGrants grants,
            UserAccounts users,
            NeedToKnowGrantChecks records,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.grants = grants;
        this.users = users;
        this.records = records;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public NeedToKnowGrants.Grant grant(Actor granter, GrantRequest request) {
        policy.require(granter, Permission.NEED_TO_KNOW_GRANT);
        RecordRef record = records.record(request.recordType(), request.recordId());
        UserAccount grantee = users.findById(request.userId())
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.USER, request.userId())));
        policy.requireSomeoneElse(
                granter,
                grantee.id(),
                "grant need-to-know on " + record,
                "Nobody grants need-to-know to themselves: ask another supervisor.");
        if (!grantee.enabled()) {
            throw new InvalidInput("userId", "The account is disabled: need-to-know goes to active users only.");
        }
        Instant now = clock.instant();
        Instant expires = request.expiresAt() == null ? now.plus(DEFAULT_TERM) : request.expiresAt();
        if (!expires.isAfter(now)) {
            throw new InvalidInput("expiresAt", "A grant must end in the future.");
        }
        if (expires.isAfter(now.plus(LONGEST_TERM))) {
            throw new InvalidInput("expiresAt", "A grant runs for at most 365 days; grant again after that.");
        }
        String reason = reason(request.reason());
        long id = grants.grantToUser(record, grantee.id(), granter.userId(), now, expires, reason);
        privileged(
                granter,
                "granted need-to-know on " + record + " to user " + grantee.username() + " until " + expires
                        + " (grant " + id + ")" + (reason == null ? "" : ": " + reason),
                record);
        return grants.find(id).orElseThrow();
    }

    @Transactional
    public void revoke(Actor actor, long grantId) {
        policy.require(actor, Permission.NEED_TO_KNOW_GRANT);
        NeedToKnowGrants.Grant grant = grants.find(grantId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.NEED_TO_KNOW, grantId)));
        if (!grants.revoke(grantId, actor.userId(), clock.instant())) {
            throw new Conflict("This grant was revoked already.");
        }
        RecordRef record = RecordRef.of(grant.recordType(), grant.recordId());
        privileged(
                actor,
                "revoked need-to-know grant " + grantId + " on " + record + " held by "
                        + (grant.username() == null ? "team " + grant.teamId() : "user " + grant.username()),
                record);
    }

    @Transactional(readOnly = true)
    public List<NeedToKnowGrants.Grant> onRecord(Actor actor, String recordType, long recordId) {
        policy.require(actor, Permission.NEED_TO_KNOW_GRANT);
        return grants.onRecord(records.record(recordType, recordId));
    }

    @Transactional(readOnly = true)
    public List<NeedToKnowGrants.Grant> ofUser(Actor actor, long userId) {
        policy.require(actor, Permission.NEED_TO_KNOW_GRANT);
        return grants.ofUser(userId);
    }

    private static @Nullable String reason(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 500 || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("reason", "At most 500 characters of plain text.");
        }
        return v;
    }

    private void privileged(Actor actor, String action, RecordRef record) {
        events.publishEvent(new PrivilegedActionTaken(
                actor.username(), actor.rolesText(), action, record.toString(), clock.instant()));
    }
}
