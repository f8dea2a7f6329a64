package org.constable.dispatch.application;

import java.util.Set;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.identity.RestrictableRecords;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/** Tells identity which incidents exist, so need-to-know is granted only on real ones. */
@Component
class RestrictableIncidents implements RestrictableRecords {

    private final IncidentStore incidents;

    RestrictableIncidents(IncidentStore incidents) {
        this.incidents = incidents;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.INCIDENT);
    }

    @Override
    public boolean exists(RecordRef record) {
        return record.type() == RecordType.INCIDENT
                && incidents.find(record.id()).isPresent();
    }
}
