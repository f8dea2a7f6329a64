package org.constable.crime.domain;

import java.util.List;

/**
 * HOCR general rule "principal crime": when one incident holds a sequence of crimes against the
 * same victim, only the most serious (the principal crime) is recorded. A less serious crime is
 * part of the principal one already recorded; a more serious one replaces it by re-classifying the
 * existing record (which the crime registrar approves), never by a second record.
 */
public final class PrincipalCrimeRule {

    public static final String NAME = "Principal crime rule";

    public void check(CrimeDraft draft, List<CrimeDraft> existing) {
        for (CrimeDraft other : existing) {
            if (other.cancelled()
                    || other.classification()
                            .code()
                            .equals(draft.classification().code())
                    || !draft.sharesVictimWith(other)
                    || !draft.sameIncidentAs(other)) {
                continue;
            }
            if (draft.classification().seriousness() <= other.classification().seriousness()) {
                throw new CountingRuleBreach(
                        NAME,
                        other.reference() + " already records "
                                + other.classification().label()
                                + " against this victim in the same incident; it is the principal crime, and "
                                + draft.classification().label() + " is part of it, so it is not recorded separately.");
            }
            throw new CountingRuleBreach(
                    NAME,
                    draft.classification().label() + " is more serious than "
                            + other.classification().label()
                            + " already recorded against this victim in the same incident as " + other.reference()
                            + ": ask for " + other.reference()
                            + " to be re-classified instead of recording a second crime.");
        }
    }
}
