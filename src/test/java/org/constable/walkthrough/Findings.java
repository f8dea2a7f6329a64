package org.constable.walkthrough;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the walk found wrong, each with the role, the theme and screen, the page and the fault; the
 * report groups one fault on one page across the themes and screens it was seen in.
 */
final class Findings {

    record Finding(String who, String viewing, String url, String problem) {}

    private final List<Finding> all = new ArrayList<>();

    synchronized void add(String who, Viewing viewing, String url, String problem) {
        all.add(new Finding(who, viewing == null ? "any theme and screen" : viewing.toString(), url, problem));
    }

    synchronized boolean isEmpty() {
        return all.isEmpty();
    }

    synchronized int size() {
        return all.size();
    }

    /** One line per role, page and fault, naming every theme and screen it was seen in. */
    synchronized String report() {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Finding f : all) {
            grouped.computeIfAbsent(f.who() + " | " + f.url() + " | " + f.problem(), k -> new ArrayList<>())
                    .add(f.viewing());
        }
        StringBuilder sb = new StringBuilder();
        grouped.forEach((key, viewings) -> {
            String[] parts = key.split(" \\| ", 3);
            sb.append("- ")
                    .append(parts[0])
                    .append(" [")
                    .append(String.join("; ", viewings))
                    .append("] ")
                    .append(parts[1])
                    .append("\n    ")
                    .append(parts[2])
                    .append('\n');
        });
        return sb.toString();
    }
}
