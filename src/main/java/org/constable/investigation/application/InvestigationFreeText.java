package org.constable.investigation.application;

import java.util.List;
import org.constable.investigation.persistence.FreeTextRedactionStore;
import org.constable.shared.FreeTextRedactor;
import org.constable.shared.NameRedaction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Takes a disposed person's names out of investigations' free text when retention review asks (ADR 0109). */
@Service
class InvestigationFreeText implements FreeTextRedactor {

    private final FreeTextRedactionStore store;

    InvestigationFreeText(FreeTextRedactionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> redact(NameRedaction names) {
        return names.isEmpty() ? List.of() : store.redact(names);
    }
}
