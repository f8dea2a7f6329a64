package org.constable.people.application;

import java.time.Clock;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.WarningMarkerType;
import org.constable.people.persistence.LinkStore;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Adding a warning marker, the same for a person and an address. */
@Component
class WarningMarkers {

    private final LinkStore links;
    private final PoleAccess access;
    private final Clock clock;

    WarningMarkers(LinkStore links, PoleAccess access, Clock clock) {
        this.links = links;
        this.access = access;
        this.clock = clock;
    }

    long add(
            Actor actor,
            EntityType type,
            long id,
            boolean restricted,
            WarningMarkerType marker,
            @Nullable String note) {
        access.requireWrite(actor, Permission.WARNING_MARKER_WRITE, type, id, restricted);
        if (note != null && note.length() > 500) {
            throw new InvalidInput("note", "note must be at most 500 characters");
        }
        long markerId = links.addMarker(type, id, marker.name(), note, clock.instant(), actor.username());
        access.recordChange(actor, Operation.ALTERATION, "added warning marker " + marker, PoleAccess.ref(type, id));
        return markerId;
    }
}
