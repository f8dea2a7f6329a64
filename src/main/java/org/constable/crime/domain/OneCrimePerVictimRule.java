package org.constable.crime.domain;

import java.util.HashSet;
import java.util.List;

/**
 * HOCR general rule "one crime per victim": a crime against the person has exactly one victim
 * (several victims are several crimes); a crime against property has at least one victim (joint
 * owners may share it); a crime against the State needs none. The same victim is not counted
 * twice for the same crime in the same incident.
 */
public final class OneCrimePerVictimRule {

    public static final String NAME = "One crime per victim rule";

    public void check(CrimeDraft draft, List<CrimeDraft> existing) {
        if (new HashSet<>(draft.victims()).size() != draft.victims().size()) {
            throw new CountingRuleBreach(NAME, "the same person is named twice as a victim.");
        }
        switch (draft.classification().victimBasis()) {
            case PERSON -> {
                if (draft.victims().size() != 1) {
                    throw new CountingRuleBreach(
                            NAME,
                            draft.classification().label() + " is a crime against the person: it has exactly one victim"
                                    + (draft.victims().isEmpty()
                                            ? "; name the victim."
                                            : ". Record a separate crime for each of the "
                                                    + draft.victims().size() + " victims."));
                }
            }
            case PROPERTY -> {
                if (draft.victims().isEmpty()) {
                    throw new CountingRuleBreach(
                            NAME,
                            draft.classification().label()
                                    + " is a crime against property: name the owner (joint owners may be named together).");
                }
            }
            case STATE -> {
                // crimes against the State or society count once, whoever was affected
            }
        }
        for (CrimeDraft other : existing) {
            if (!other.cancelled()
                    && other.classification()
                            .code()
                            .equals(draft.classification().code())
                    && draft.sharesVictimWith(other)
                    && draft.sameIncidentAs(other)) {
                throw new CountingRuleBreach(
                        NAME,
                        "this victim already has " + draft.classification().label()
                                + " recorded for the same incident as " + other.reference()
                                + "; one crime per victim, so no second record.");
            }
        }
    }
}
