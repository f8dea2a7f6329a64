package org.constable.people;

import java.util.List;

/** The justifications offered when personal data is consulted; DPA 2018 s.62 needs one for every consultation. */
public final class ConsultationPurposes {

    public static final List<String> STANDARD = List.of(
            "Incident response",
            "Investigation",
            "Safeguarding",
            "Intelligence development",
            "Custody",
            "Supervision or quality review",
            "Data protection request");

    private ConsultationPurposes() {}
}
