package org.constable.custody.domain;

import org.constable.shared.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * A handover is accepted once, by the incoming custody officer it names and by nobody else: the
 * outgoing officer cannot accept their own handover, so the suite's record shows two people.
 */
public final class HandoverAcceptanceRule {

    private HandoverAcceptanceRule() {}

    public static void check(String acceptor, String givenBy, String incoming, @Nullable String acceptedBy) {
        if (acceptedBy != null) {
            throw new Conflict("This handover was already accepted by " + acceptedBy + ".");
        }
        if (acceptor.equals(givenBy)) {
            throw new Conflict("The outgoing custody officer cannot accept their own handover.");
        }
        if (!acceptor.equals(incoming)) {
            throw new Conflict("This handover is to " + incoming + ": only they can accept it.");
        }
    }
}
