package org.constable.people.domain;

import org.constable.shared.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * What an edit may do to a record's restriction. Left out, it stays as it is: an edit never makes a
 * record public by omission. Asked for, a restriction is added. Lifting one is never a side effect
 * of an edit: it is its own recorded decision, with a reason (restriction-lifting).
 */
public final class RestrictionOnUpdate {

    private RestrictionOnUpdate() {}

    /** The restriction after an edit that asked for {@code requested} (null: not mentioned). */
    public static boolean after(boolean current, @Nullable Boolean requested) {
        if (requested == null || requested == current) {
            return current;
        }
        if (current) {
            throw new Conflict("An edit does not lift a restriction. Lifting it is a decision of its own, with a"
                    + " reason, by someone who decides restrictions (restriction-lifting); the record is still"
                    + " restricted and nothing was changed.");
        }
        return true;
    }
}
