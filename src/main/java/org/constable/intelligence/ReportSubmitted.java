package org.constable.intelligence;

/** An officer submitted an intelligence report: retention review places it in its group at once (ADR 0109). */
public record ReportSubmitted(long reportId) {}
