package org.constable.investigation.application;

import java.util.Set;
import org.constable.identity.RestrictableRecords;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/** Tells identity which investigations exist, so need-to-know on a restricted investigation is granted only on real ones. */
@Component
class RestrictableInvestigations implements RestrictableRecords {

    private final InvestigationStore store;

    RestrictableInvestigations(InvestigationStore store) {
        this.store = store;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.INVESTIGATION);
    }

    @Override
    public boolean exists(RecordRef record) {
        return record.type() == RecordType.INVESTIGATION
                && store.find(record.id()).isPresent();
    }
}
