package org.constable.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the duplicate report compares of one live person: every name it is known by (its own and
 * its aliases) and the records it shares with others ("location:5", "vehicle:3", "person:9").
 */
public record Nominal(long id, boolean restricted, List<Name> names, Set<String> anchors) {

    /** One name the person is known by; an alias without its own date of birth takes the person's. */
    public record Name(
            String forename, String surname, @Nullable LocalDate dateOfBirth, boolean alias) {}

    public Nominal {
        names = List.copyOf(names);
        anchors = Set.copyOf(anchors);
    }
}
