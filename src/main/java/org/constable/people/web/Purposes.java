package org.constable.people.web;

import java.util.List;
import org.constable.people.ConsultationPurposes;

/** The justifications offered when a record is opened; DPA 2018 s.62 needs one for every consultation. */
final class Purposes {

    static final List<String> STANDARD = ConsultationPurposes.STANDARD;

    private Purposes() {}
}
