package org.constable.identity;

import org.jspecify.annotations.Nullable;

/** How an actor came to use a permission on a record: by a role, or by a named {@link RecordAccessRule}. */
public record RecordAccess(@Nullable String rule, @Nullable String reason) {

    public static final RecordAccess BY_ROLE = new RecordAccess(null, null);

    public boolean byRole() {
        return rule == null;
    }

    /** For the audit trail: "by role", or the rule's name and reason. */
    public String describe() {
        return byRole() ? "by role" : "under the rule \"" + rule + "\": " + reason;
    }
}
