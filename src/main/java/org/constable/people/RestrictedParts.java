package org.constable.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule for records derived from POLE records: an incident, a call, a crime, a victim's care
 * record (and later an intelligence report, a detention, an exhibit) inherit the restriction of the
 * addresses and people they show. The parts that identify a restricted address (its text,
 * coordinates and id) or a restricted person (name and id) are shown only to an actor who may open
 * that record itself: the same {@link AccessPolicy#mayOpen} question people's pages, links and
 * search ask. The answer is read from the record's live restriction flag on every call, never from
 * a copy made when the derived record was written, so restricting an address later hides it at once
 * in everything that already names it.
 *
 * <p>A module applies it in its use case, before the view leaves the application layer: ask for the
 * verdicts of all the ids a view names in one call, then replace withheld parts with
 * {@link #RESTRICTED_LOCATION} / {@link #RESTRICTED_PERSON} (and null for ids and coordinates).
 * Templates and JSON then carry the redacted value and need no rule of their own.
 */
@Service
public class RestrictedParts {

    /** What a derived record shows instead of a withheld address. */
    public static final String RESTRICTED_LOCATION = "Restricted location";

    /** What a derived record shows instead of a withheld person. */
    public static final String RESTRICTED_PERSON = "Restricted person";

    /** How a derived record may show one POLE record to one actor, now. */
    public enum Shown {
        /** Not restricted: shown as recorded. */
        OPEN,
        /** Restricted, and the actor has need-to-know: shown, and marked as restricted. */
        NEED_TO_KNOW,
        /** Restricted and the actor has no need-to-know: the identifying parts are withheld. */
        WITHHELD;

        public boolean restricted() {
            return this != OPEN;
        }

        public boolean withheld() {
            return this == WITHHELD;
        }
    }

    /** The verdicts of one look-up by record id. An id that is null or names no record is {@link Shown#OPEN}. */
    public record Verdicts(Map<Long, Shown> byId) {

        public Verdicts {
            byId = Map.copyOf(byId);
        }

        public Shown of(@Nullable Long id) {
            return id == null ? Shown.OPEN : byId.getOrDefault(id, Shown.OPEN);
        }

        public boolean anyWithheld() {
            return byId.containsValue(Shown.WITHHELD);
        }
    }

    private final LocationStore locations;
    private final PersonStore persons;
    private final AccessPolicy policy;

    RestrictedParts(LocationStore locations, PersonStore persons, AccessPolicy policy) {
        this.locations = locations;
        this.persons = persons;
        this.policy = policy;
    }

    /** The verdict on each of these addresses for the actor, from their live restriction flags. */
    @Transactional(readOnly = true)
    public Verdicts places(Actor actor, Collection<Long> locationIds) {
        return verdicts(actor, locationIds, locations::restrictionOf, RecordType.LOCATION, Permission.LOCATION_READ);
    }

    /** The verdict on each of these persons for the actor, from their live restriction flags. */
    @Transactional(readOnly = true)
    public Verdicts persons(Actor actor, Collection<Long> personIds) {
        return verdicts(actor, personIds, persons::restrictionOf, RecordType.PERSON, Permission.PERSON_READ);
    }

    @Transactional(readOnly = true)
    public Shown place(Actor actor, @Nullable Long locationId) {
        return locationId == null
                ? Shown.OPEN
                : places(actor, List.of(locationId)).of(locationId);
    }

    @Transactional(readOnly = true)
    public Shown person(Actor actor, @Nullable Long personId) {
        return personId == null ? Shown.OPEN : persons(actor, List.of(personId)).of(personId);
    }

    /**
     * The words a derived record shows for a place: as recorded, or "Restricted location" with the
     * beat (which a dispatcher needs and which covers many addresses) when withheld.
     */
    public static String placeText(Shown shown, String recorded, @Nullable String beat) {
        if (!shown.withheld()) {
            return recorded;
        }
        return beat == null || beat.isBlank() ? RESTRICTED_LOCATION : RESTRICTED_LOCATION + " (beat " + beat + ")";
    }

    private Verdicts verdicts(
            Actor actor,
            Collection<Long> ids,
            java.util.function.Function<Collection<Long>, Map<Long, Boolean>> flags,
            RecordType recordType,
            Permission permission) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Shown> shown = new HashMap<>();
        if (distinct.isEmpty()) {
            return new Verdicts(shown);
        }
        flags.apply(distinct).forEach((id, restricted) -> {
            if (!restricted) {
                shown.put(id, Shown.OPEN);
            } else {
                boolean known = actor != null && policy.mayOpen(actor, permission, RecordRef.of(recordType, id), true);
                shown.put(id, known ? Shown.NEED_TO_KNOW : Shown.WITHHELD);
            }
        });
        return new Verdicts(shown);
    }
}
