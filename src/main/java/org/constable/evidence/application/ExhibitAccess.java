package org.constable.evidence.application;

import org.constable.evidence.persistence.ExhibitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.RestrictedParts;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * Need-to-know inherited by an exhibit: an exhibit linked to a restricted person or place is shown
 * only to those with need-to-know on it, by the live flag (people's RestrictedParts); to anyone else
 * it answers exactly as a missing exhibit does.
 */
@Component
public class ExhibitAccess {

    private final ExhibitStore exhibits;
    private final AccessPolicy policy;
    private final RestrictedParts restricted;

    ExhibitAccess(ExhibitStore exhibits, AccessPolicy policy, RestrictedParts restricted) {
        this.exhibits = exhibits;
        this.policy = policy;
        this.restricted = restricted;
    }

    /** The exhibit, if the actor's role allows the permission and they may see what it is linked to. */
    public ExhibitStore.ExhibitRow open(Actor actor, Permission permission, long id) {
        policy.require(actor, permission);
        return exhibits.find(id)
                .filter(e -> visible(actor, e))
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.EXHIBIT, id)));
    }

    public boolean visible(Actor actor, ExhibitStore.ExhibitRow e) {
        return !restricted.person(actor, e.personId()).withheld()
                && !restricted.place(actor, e.locationId()).withheld();
    }
}
