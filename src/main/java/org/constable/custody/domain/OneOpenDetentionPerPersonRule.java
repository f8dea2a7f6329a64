package org.constable.custody.domain;

import org.constable.shared.Conflict;

/**
 * A person is in one place at a time: nobody has two open detentions. The database keeps this too
 * (a unique index over open detentions), so two custody officers booking the same person in at
 * once cannot both succeed.
 */
public final class OneOpenDetentionPerPersonRule {

    /** Where the open detentions are known. */
    public interface OpenDetentions {
        boolean openFor(long personId);
    }

    private OneOpenDetentionPerPersonRule() {}

    public static void check(long personId, OpenDetentions open) {
        if (open.openFor(personId)) {
            throw new Conflict("This person is already detained: close that custody record before opening another.");
        }
    }
}
