package org.constable.custody.domain;

import java.util.Optional;
import org.constable.custody.CustodyCaseEvent;

/**
 * Which Victims' Code case event a way of leaving custody is: a charge, bail, release under
 * investigation or a refusal to detain (the suspect is released), no further action. A transfer to
 * hospital or to another force is not an event of the case: the suspect is still in custody.
 */
public final class CustodyCaseEvents {

    private CustodyCaseEvents() {}

    public static Optional<CustodyCaseEvent.Kind> of(DisposalKind kind) {
        return Optional.ofNullable(
                switch (kind) {
                    case CHARGED -> CustodyCaseEvent.Kind.CHARGE;
                    case BAILED -> CustodyCaseEvent.Kind.BAIL;
                    case RELEASED_UNDER_INVESTIGATION -> CustodyCaseEvent.Kind.RELEASE;
                    case NO_FURTHER_ACTION -> CustodyCaseEvent.Kind.NO_FURTHER_ACTION;
                    case TRANSFERRED -> null;
                });
    }
}
