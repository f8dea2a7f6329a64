package org.constable.custody.domain;

import org.constable.shared.InvalidInput;

/**
 * An offence the detainee was arrested for. Whether it is indictable (triable on indictment,
 * either-way offences included) decides whether detention can ever pass 24 hours.
 */
public record Offence(String description, boolean indictable) {

    public Offence {
        if (description == null || description.isBlank()) {
            throw new InvalidInput("offences", "Name each offence the detainee was arrested for.");
        }
        if (description.length() > 200) {
            throw new InvalidInput("offences", "An offence is described in at most 200 characters.");
        }
        description = description.strip();
    }
}
