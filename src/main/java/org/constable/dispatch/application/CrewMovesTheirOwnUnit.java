package org.constable.dispatch.application;

import java.util.Optional;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RecordAccessRule;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * An officer who may update a unit's status moves the unit they crew, and only that one: its status
 * and its progress on the job (en route, at scene, clear). Moving any unit is the dispatcher's.
 * {@link org.constable.identity.AccessPolicy} asks this rule, so a refusal is audited like any other.
 */
@Component
class CrewMovesTheirOwnUnit implements RecordAccessRule {

    private final UnitStore units;

    CrewMovesTheirOwnUnit(UnitStore units) {
        this.units = units;
    }

    @Override
    public String name() {
        return "Crew moves their own unit";
    }

    @Override
    public Permission permission() {
        return Permission.DISPATCH;
    }

    @Override
    public Permission requires() {
        return Permission.UNIT_STATUS;
    }

    @Override
    public Optional<String> grants(Actor actor, RecordRef record) {
        if (record.type() != RecordType.UNIT) {
            return Optional.empty();
        }
        return units.unitCrewedBy(actor.userId())
                .filter(unit -> unit == record.id())
                .map(unit -> "crews this unit");
    }
}
