-- Warrants (ADR 0090): applied for within an investigation (a kind from configuration, grounds,
-- premises and the court applied to), issued by the court on a day, expiring three months later,
-- executed (who, when, what was found, the exhibits seized, linked by the evidence module's id) and
-- returned to the court by a deadline. Nothing is deleted; only the columns a later step fills may
-- be updated.
CREATE TABLE investigation.warrant (
    id                 BIGSERIAL PRIMARY KEY,
    reference          TEXT        NOT NULL UNIQUE,
    investigation_id   BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    kind               TEXT        NOT NULL,
    grounds            TEXT        NOT NULL,
    premises           TEXT        NOT NULL,
    -- the premises as an address of the people module, when it is on file (its restriction applies)
    location_id        BIGINT,
    court              TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('APPLIED', 'REFUSED', 'ISSUED', 'EXECUTED', 'RETURNED')),
    applied_by         TEXT        NOT NULL,
    applied_at         TIMESTAMPTZ NOT NULL,
    decided_on         DATE,
    decision_recorded_by TEXT,
    decision_note      TEXT,
    -- the first day (Europe/London) on which it may no longer be executed
    expires_on         DATE,
    executed_at        TIMESTAMPTZ,
    executed_by        TEXT,
    found              TEXT,
    execution_recorded_by TEXT,
    -- the day by which it must be back at the court: after execution, or after expiry unexecuted
    return_due_on      DATE,
    returned_on        DATE,
    returned_by        TEXT,
    return_note        TEXT,
    CHECK ((status IN ('ISSUED', 'EXECUTED', 'RETURNED')) = (expires_on IS NOT NULL)),
    CHECK ((status IN ('ISSUED', 'EXECUTED', 'RETURNED')) = (return_due_on IS NOT NULL)),
    CHECK ((executed_at IS NULL) = (found IS NULL)),
    CHECK ((status = 'RETURNED') = (returned_on IS NOT NULL))
);
CREATE INDEX warrant_investigation ON investigation.warrant (investigation_id);
-- the expiry and return queue: warrants still out (issued or executed, not yet returned)
CREATE INDEX warrant_outstanding ON investigation.warrant (return_due_on) WHERE status IN ('ISSUED', 'EXECUTED');

CREATE TABLE investigation.warrant_exhibit (
    warrant_id        BIGINT NOT NULL REFERENCES investigation.warrant (id),
    exhibit_id        BIGINT NOT NULL,
    exhibit_reference TEXT   NOT NULL,
    PRIMARY KEY (warrant_id, exhibit_id)
);

-- Who was officer in charge and supervisor before a change, who changed it, when and why (ADR 0091).
CREATE TABLE investigation.investigation_assignment (
    id                BIGSERIAL PRIMARY KEY,
    investigation_id  BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    from_oic          TEXT        NOT NULL,
    to_oic            TEXT        NOT NULL,
    from_supervisor   TEXT        NOT NULL,
    to_supervisor     TEXT        NOT NULL,
    reason            TEXT        NOT NULL,
    changed_by        TEXT        NOT NULL,
    changed_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX investigation_assignment_investigation ON investigation.investigation_assignment (investigation_id);

GRANT SELECT, INSERT ON investigation.warrant, investigation.warrant_exhibit, investigation.investigation_assignment
    TO ${appRole};
GRANT UPDATE (status, decided_on, decision_recorded_by, decision_note, expires_on, executed_at, executed_by, found,
    execution_recorded_by, return_due_on, returned_on, returned_by, return_note) ON investigation.warrant TO ${appRole};
GRANT UPDATE (officer_in_charge, supervisor) ON investigation.investigation TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA investigation TO ${appRole};
