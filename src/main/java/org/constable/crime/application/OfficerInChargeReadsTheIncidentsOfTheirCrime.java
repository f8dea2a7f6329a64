package org.constable.crime.application;

import java.util.Optional;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RecordAccessRule;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * The officer in charge of a crime reads the incidents it is linked to (the one it was raised from,
 * and any linked since): an investigator needs the call and the log behind their crime although their
 * role reads no incidents. Only a crime reader, only incidents of a crime in their charge that is not
 * cancelled; every such read names this rule in the audit trail.
 */
@Component
class OfficerInChargeReadsTheIncidentsOfTheirCrime implements RecordAccessRule {

    private final CrimeStore crimes;

    OfficerInChargeReadsTheIncidentsOfTheirCrime(CrimeStore crimes) {
        this.crimes = crimes;
    }

    @Override
    public String name() {
        return "Officer in charge reads the incidents of their crime";
    }

    @Override
    public Permission permission() {
        return Permission.INCIDENT_READ;
    }

    @Override
    public Permission requires() {
        return Permission.CRIME_READ;
    }

    @Override
    public Optional<String> grants(Actor actor, RecordRef record) {
        if (record.type() != RecordType.INCIDENT) {
            return Optional.empty();
        }
        return crimes.crimeInChargeOfLinkedTo(record.id(), actor.username())
                .map(reference -> "officer in charge of " + reference + ", linked to this incident");
    }
}
