package org.constable.identity.application;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.constable.identity.RestrictableRecords;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * A need-to-know grant names a record that can be restricted and exists: a grant on a type no
 * module restricts, or on a record not (yet) there, would sit waiting for a record nobody meant.
 */
@Component
public class NeedToKnowGrantChecks {

    private final List<RestrictableRecords> owners;

    NeedToKnowGrantChecks(List<RestrictableRecords> owners) {
        this.owners = owners;
    }

    /** The record the grant names, or InvalidInput (recordType) / RecordNotFound (recordId). */
    public RecordRef record(String recordType, long recordId) {
        Set<String> types = new TreeSet<>();
        owners.forEach(o -> o.types().forEach(t -> types.add(t.code())));
        InvalidInput refused =
                new InvalidInput("recordType", "recordType must be one of " + String.join(", ", types) + ".");
        RecordType type =
                RecordType.fromCode(recordType == null ? "" : recordType.trim()).orElseThrow(() -> refused);
        RestrictableRecords owner = owners.stream()
                .filter(o -> o.types().contains(type))
                .findFirst()
                .orElseThrow(() -> refused);
        RecordRef record = RecordRef.of(type, recordId);
        if (!owner.exists(record)) {
            throw new RecordNotFound(record).inField("recordId");
        }
        return record;
    }
}
