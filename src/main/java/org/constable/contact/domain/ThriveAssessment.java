package org.constable.contact.domain;

import java.util.Objects;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * THRIVE: Threat, Harm, Risk, Investigation, Vulnerability, Engagement — each judged and explained
 * for every contact. The three risk elements and vulnerability drive the grade.
 */
public record ThriveAssessment(
        Element threat, Element harm, Element risk, Element investigation, Element vulnerability, Element engagement) {

    public record Element(Level level, @Nullable String note) {
        public Element {
            Objects.requireNonNull(level, "every THRIVE element needs a level");
            if (note != null && note.length() > 1000) {
                throw new InvalidInput("thrive", "a THRIVE note is at most 1000 characters");
            }
        }
    }

    public ThriveAssessment {
        for (Element e : new Element[] {threat, harm, risk, investigation, vulnerability, engagement}) {
            if (e == null) {
                throw new InvalidInput(
                        "thrive",
                        "THRIVE needs all six elements: threat, harm, risk, investigation, vulnerability, engagement");
            }
        }
    }

    /** The highest of threat, harm and risk. */
    public Level danger() {
        Level max = threat.level();
        for (Level l : new Level[] {harm.level(), risk.level()}) {
            if (l.compareTo(max) > 0) {
                max = l;
            }
        }
        return max;
    }

    /** A stable text form for storage: ELEMENT=LEVEL:note lines. */
    public String asText() {
        return line("threat", threat)
                + line("harm", harm)
                + line("risk", risk)
                + line("investigation", investigation)
                + line("vulnerability", vulnerability)
                + line("engagement", engagement);
    }

    private static String line(String name, Element e) {
        return name + "=" + e.level() + ":" + (e.note() == null ? "" : e.note().replace('\n', ' ')) + "\n";
    }
}
