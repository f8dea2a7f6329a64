package org.constable.custody;

/** A custody record changed: the suite's board and phones redraw. Carries no personal data. */
public record DetentionChanged(long detentionId, long suiteId, String what) {}
