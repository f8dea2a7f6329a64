package org.constable.investigation.application;

import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.persistence.CaseFileStore;
import org.constable.investigation.persistence.CaseFileStore.VersionRow;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * Opens a case file version for an actor (ADR 0085): the case file permission, and the
 * investigation it was built from opened as investigation access opens it, so a case file of a
 * restricted crime is restricted as its investigation is. A missing version and one the actor may
 * not open answer alike, naming the case file only.
 */
@Component
class CaseFileAccess {

    record Opened(VersionRow file, InvestigationRow investigation) {}

    private final CaseFileStore files;
    private final InvestigationAccess investigations;
    private final AccessPolicy policy;

    CaseFileAccess(CaseFileStore files, InvestigationAccess investigations, AccessPolicy policy) {
        this.files = files;
        this.investigations = investigations;
        this.policy = policy;
    }

    Opened open(Actor actor, long id, boolean lock) {
        policy.require(actor, Permission.CASE_FILE);
        VersionRow file = (lock ? files.lock(id) : files.find(id))
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CASE_FILE, id)));
        try {
            return new Opened(file, investigation(actor, file.investigationId()));
        } catch (RecordNotFound restricted) {
            throw new RecordNotFound(RecordRef.of(RecordType.CASE_FILE, id));
        }
    }

    void requireCaseFiles(Actor actor) {
        policy.require(actor, Permission.CASE_FILE);
    }

    InvestigationRow investigation(Actor actor, long investigationId) {
        policy.require(actor, Permission.CASE_FILE);
        return investigations.open(actor, Permission.INVESTIGATION_READ, investigationId, false);
    }
}
