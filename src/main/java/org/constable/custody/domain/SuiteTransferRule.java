package org.constable.custody.domain;

import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;

/**
 * PACE keeps one clock per detention however often the detainee is moved within the force: a move
 * to another suite is written on the record with its reason, and the relevant time, the limit, the
 * reviews and the observation level go with the detainee unchanged. Only an authorised detention,
 * within its limit, is moved: before the decision to detain the custody officer decides where they are.
 */
public final class SuiteTransferRule {

    private SuiteTransferRule() {}

    public static void apply(Detention d, SuiteTransfer t) {
        if (t.fromSuiteId() == t.toSuiteId()) {
            throw new InvalidInput("toSuiteId", "Choose another custody suite: the detainee is already in this one.");
        }
        if (d.status() == DetentionStatus.AWAITING_DECISION) {
            throw new Conflict("Authorise or refuse detention before moving the detainee to another suite.");
        }
        String why = Words.require("reason", t.reason(), "Say why the detainee is moved to another suite.");
        d.note(
                EntryKind.SUITE_TRANSFER,
                t.by(),
                t.at(),
                "To " + t.toSuiteName() + (t.toCell() == null ? " (no cell yet)" : ", cell " + t.toCell()) + ": "
                        + why + "; relevant time " + ForceTime.dateTime(d.relevantTime())
                        + " and detention limit " + ForceTime.dateTime(d.limit().until()) + " unchanged");
    }
}
