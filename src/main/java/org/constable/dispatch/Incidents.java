package org.constable.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.constable.identity.Actor;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask of dispatch: raise or join an incident, and look up incidents by place.
 * Look-ups are for an actor and show each incident as that actor may see it: an incident at a
 * restricted address says "Restricted location" (no distance either) unless the actor may open the
 * address (people's {@code RestrictedParts} rule, read from the address's live flag).
 */
public interface Incidents {

    record NewIncident(
            String callType,
            String summary,
            String grade,
            String locationText,
            @Nullable GeoPoint point,
            @Nullable Long locationId,
            boolean locationUnverified,
            @Nullable String requiredSkills) {}

    record IncidentSummary(
            long id,
            String reference,
            Instant openedAt,
            String grade,
            IncidentStatus status,
            String callType,
            String locationText,
            @Nullable Double distanceMetres,
            @Nullable String closingClassification,
            boolean placeRestricted,
            @Nullable String closingLabel) {

        /** What the call was about, in words. */
        public String callTypeLabel() {
            return CallTypes.label(callType);
        }

        public boolean open() {
            return status.open();
        }
    }

    record Raised(long id, String reference) {}

    /** Raises an incident in the caller's transaction and logs the call that raised it. */
    Raised raise(String actor, NewIncident incident, String callReference);

    /** Adds a further call to an open incident, in the caller's transaction. */
    Raised join(String actor, long incidentId, String callReference, String summary);

    /** Incidents at or within {@code radiusMetres} of a point, newest first. */
    List<IncidentSummary> near(Actor actor, GeoPoint point, double radiusMetres, int limit);

    /** Incidents recorded against a gazetteer location, newest first. */
    List<IncidentSummary> atLocation(Actor actor, long locationId, int limit);

    /** The incidents with these ids (those that exist), newest first. */
    List<IncidentSummary> byIds(Actor actor, Collection<Long> ids);

    /** The incident with exactly this reference (INC-yyyymmdd-n), if there is one. */
    java.util.Optional<IncidentSummary> byReference(Actor actor, String reference);

    /** Open incidents within the radius opened in the last {@code window}: likely duplicates of a new call. */
    List<IncidentSummary> openNear(Actor actor, GeoPoint point, double radiusMetres, Duration window, int limit);

    /**
     * Of these incidents, those at a restricted address this actor may not open, read from the
     * address's live flag: a record derived from an incident (an intelligence report) inherits that
     * restriction. A disclosure to a crew for a live incident does not count here.
     */
    Set<Long> withheldFrom(Actor actor, Collection<Long> ids);

    /** Which of these incident ids exist: for reconciliation. */
    Set<Long> existing(Collection<Long> ids);
}
