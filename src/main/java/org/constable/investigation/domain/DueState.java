package org.constable.investigation.domain;

import java.time.LocalDate;

/**
 * Where a day-based obligation (an action, a supervisory review) stands on a given day in the force's
 * zone: not yet due, due (today is the day), or overdue (the day has passed). A due day is a whole
 * day: an action due on Tuesday is overdue from Wednesday.
 */
public enum DueState {
    NOT_YET("Not yet due"),
    DUE("Due today"),
    OVERDUE("Overdue");

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DueState of(LocalDate dueOn, LocalDate today) {
        if (today.isBefore(dueOn)) {
            return NOT_YET;
        }
        return today.isEqual(dueOn) ? DUE : OVERDUE;
    }

    /** True when it belongs on a due list: today is the day or later. */
    public boolean owing() {
        return this != NOT_YET;
    }
}
