package org.constable.identity;

import java.util.Optional;
import org.constable.shared.RecordRef;

/**
 * A named rule, contributed by the module that knows the relationship, that lets an actor use one
 * permission on particular records although no role of theirs grants it: the officer in charge of a
 * crime reads the incidents the crime came from. {@link AccessPolicy} asks the rules (and only it
 * does); a rule never widens a role's grant to records it does not name, and it never opens a
 * restricted record without need-to-know.
 */
public interface RecordAccessRule {

    /** The rule's name, as the audit trail records it. */
    String name();

    /** The permission the rule grants on the records it names. */
    Permission permission();

    /** A permission the actor must hold already for the rule to apply at all (a crime reader, say). */
    Permission requires();

    /** Why the actor may use {@link #permission()} on this record ("officer in charge of CRM-..."), or empty. */
    Optional<String> grants(Actor actor, RecordRef record);
}
