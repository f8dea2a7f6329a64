package org.constable.dispatch;

import java.util.List;
import java.util.Optional;
import org.constable.shared.InvalidInput;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The grades this force uses, in order of urgency, from configuration (constable.grading.grades). */
@ConfigurationProperties("constable.grading")
public record GradeCatalogue(List<Grade> grades) {

    public GradeCatalogue {
        if (grades == null || grades.isEmpty()) {
            throw new IllegalStateException("constable.grading.grades must list at least one grade");
        }
        grades = List.copyOf(grades);
    }

    public Optional<Grade> find(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public Grade require(String code) {
        return find(code)
                .orElseThrow(() -> new InvalidInput(
                        "grade",
                        "Unknown grade '" + code + "'. Grades: "
                                + grades.stream().map(Grade::code).toList()));
    }

    /** 0 for the most urgent grade. */
    public int urgency(String code) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).code().equals(code)) {
                return i;
            }
        }
        return grades.size();
    }
}
