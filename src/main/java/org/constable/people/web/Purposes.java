package org.constable.people.web;

import java.util.List;

/** The justifications offered when a record is opened; DPA 2018 s.62 needs one for every consultation. */
final class Purposes {

    static final List<String> STANDARD = List.of(
            "Incident response", "Investigation", "Safeguarding", "Intelligence development", "Custody",
            "Supervision or quality review", "Data protection request");

    private Purposes() {
    }
}
