package org.constable.contact.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The force's rule from THRIVE to a proposed grade: the highest of threat, harm and risk picks a
 * grade; high vulnerability raises it one step towards the most urgent. Grades are the force's
 * codes in order of urgency.
 */
public final class ThriveGradingPolicy {

    private final Map<Level, String> byDanger;
    private final List<String> gradesByUrgency;

    public ThriveGradingPolicy(Map<Level, String> byDanger, List<String> gradesByUrgency) {
        for (Level l : Level.values()) {
            if (!byDanger.containsKey(l) || !gradesByUrgency.contains(byDanger.get(l))) {
                throw new IllegalStateException("THRIVE grading needs a known grade for " + l + ": " + byDanger);
            }
        }
        this.byDanger = Map.copyOf(byDanger);
        this.gradesByUrgency = List.copyOf(gradesByUrgency);
    }

    public String propose(ThriveAssessment thrive) {
        String grade =
                Objects.requireNonNull(byDanger.get(thrive.danger()), "every level has a grade (checked when made)");
        if (thrive.vulnerability().level() == Level.HIGH) {
            int i = gradesByUrgency.indexOf(grade);
            grade = gradesByUrgency.get(Math.max(0, i - 1));
        }
        return grade;
    }
}
