package org.constable.intelligence;

import java.util.Collection;
import java.util.Set;
import org.constable.identity.Actor;

/**
 * The hook through which a compartment (a covert operation) keeps its intelligence reports from
 * everyone who is not its member (ADR 0103). Implemented outside this module; asked at every read,
 * never from a copy, so that a report filed in a compartment vanishes from every list, count and
 * page of a non-member the moment it is filed, and from a member removed the moment they are.
 */
public interface ReportCompartments {

    /**
     * Files a report just submitted in the compartment, in the submission's transaction; throws
     * RecordNotFound, exactly as for a missing one, unless the actor is a member of it.
     */
    void file(Actor actor, long compartmentId, long reportId);

    /** Of these reports, those filed in a compartment the actor is not a member of. */
    Set<Long> hiddenFrom(Actor actor, Collection<Long> reportIds);

    /** Of these reports, those filed in any compartment (for system reads with no reader). */
    Set<Long> compartmented(Collection<Long> reportIds);
}
