package org.constable.investigation.application;

import java.util.List;
import org.constable.evidence.CaseFileEvidence;
import org.constable.identity.Actor;
import org.constable.investigation.domain.CaseFileContent;
import org.constable.investigation.persistence.InvestigationStore;
import org.springframework.stereotype.Component;

/** The evidence list of a case file: the exhibits of the investigation's crimes, read through evidence's facade. */
@Component
class CaseFileEvidenceList {

    private final InvestigationStore investigations;
    private final CaseFileEvidence evidence;

    CaseFileEvidenceList(InvestigationStore investigations, CaseFileEvidence evidence) {
        this.investigations = investigations;
        this.evidence = evidence;
    }

    List<CaseFileContent.EvidenceItem> of(Actor actor, long investigationId) {
        List<Long> crimes = investigations.crimes(investigationId).stream()
                .map(InvestigationStore.CrimeLink::crimeId)
                .toList();
        return evidence.ofCrimes(actor, crimes).stream()
                .map(e -> new CaseFileContent.EvidenceItem(
                        e.id(),
                        e.reference(),
                        e.description(),
                        e.seal(),
                        e.media().stream()
                                .map(m -> new CaseFileContent.Media(
                                        m.id(), m.fileName(), m.mediaType(), m.size(), m.sha256()))
                                .toList()))
                .toList();
    }
}
