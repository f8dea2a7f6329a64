package org.constable.people.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.Actor;
import org.constable.identity.Field;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.FellegiSunterLinkageRule;
import org.constable.people.domain.LikelyDuplicate;
import org.constable.people.domain.Nominal;
import org.constable.people.persistence.NominalStore;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The likely-duplicates report: every live person is compared with those sharing a blocking key,
 * and a pair is shown only when the reader may open both persons, so a restricted record never
 * shows (nor is counted) without need-to-know. Showing the pairs is an audited consultation.
 */
@Service
public class DuplicateNominals {

    public static final int MOST_PAIRS = 200;

    private final NominalStore nominals;
    private final PoleAccess access;
    private final AuditTrail audit;
    private final FellegiSunterLinkageRule rule = new FellegiSunterLinkageRule();

    DuplicateNominals(NominalStore nominals, PoleAccess access, AuditTrail audit) {
        this.nominals = nominals;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Views.DuplicatePair> report(Actor actor, String purpose, int limit) {
        return report(actor, purpose, limit, null);
    }

    /** The report, optionally only pairs where either person's surname starts with {@code surnamePrefix} (a reviewer's share of the work). */
    @Transactional(readOnly = true)
    public List<Views.DuplicatePair> report(Actor actor, String purpose, int limit, @Nullable String surnamePrefix) {
        access.policy().require(actor, Permission.PERSON_COMBINE);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        if (limit < 1 || limit > MOST_PAIRS) {
            throw new InvalidInput("limit", "limit must be between 1 and " + MOST_PAIRS);
        }
        String prefix = surnamePrefix == null || surnamePrefix.isBlank()
                ? null
                : surnamePrefix.trim().toLowerCase(java.util.Locale.ROOT);
        List<Nominal> all = nominals.livePersons();
        Map<Long, Nominal> byId = new HashMap<>(all.size() * 2);
        all.forEach(n -> byId.put(n.id(), n));
        Map<Long, Boolean> mayOpen = new HashMap<>();
        boolean dobVisible = access.policy().mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        List<Views.DuplicatePair> shown = new ArrayList<>();
        Set<RecordRef> read = new LinkedHashSet<>();
        for (LikelyDuplicate d : rule.find(all).pairs()) {
            if (shown.size() == limit) {
                break;
            }
            Nominal a = Objects.requireNonNull(byId.get(d.firstId()), "the rule pairs only the persons it was given");
            Nominal b = Objects.requireNonNull(byId.get(d.secondId()), "the rule pairs only the persons it was given");
            if (prefix != null && !surnameStarts(a, prefix) && !surnameStarts(b, prefix)) {
                continue;
            }
            if (!visible(actor, a, mayOpen) || !visible(actor, b, mayOpen)) {
                continue;
            }
            shown.add(new Views.DuplicatePair(
                    a.id(),
                    name(a),
                    dobVisible ? a.names().get(0).dateOfBirth() : null,
                    b.id(),
                    name(b),
                    dobVisible ? b.names().get(0).dateOfBirth() : null,
                    d.score(),
                    d.reasons()));
            read.add(PoleAccess.ref(EntityType.PERSON, a.id()));
            read.add(PoleAccess.ref(EntityType.PERSON, b.id()));
        }
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                List.copyOf(read),
                purpose,
                null,
                Outcome.SUCCEEDED,
                "likely duplicate nominals report: " + shown.size() + " pairs"));
        return shown;
    }

    private boolean visible(Actor actor, Nominal n, Map<Long, Boolean> decided) {
        return decided.computeIfAbsent(
                n.id(),
                id -> access.policy()
                        .mayOpen(actor, Permission.PERSON_READ, PoleAccess.ref(EntityType.PERSON, id), n.restricted()));
    }

    private static boolean surnameStarts(Nominal n, String prefix) {
        return n.names().get(0).surname().toLowerCase(java.util.Locale.ROOT).startsWith(prefix);
    }

    private static String name(Nominal n) {
        Nominal.Name own = n.names().get(0);
        return own.surname() + ", " + own.forename();
    }
}
