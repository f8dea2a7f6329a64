-- A cancelled crime ("no crime", approved by a crime registrar) owes its victims nothing more under
-- the Victims' Code: its open deadlines are closed as cancelled, never as answered (issue 12.6, ADR 0050).
-- A deadline is now closed either by the contact that answers it or by the crime's cancellation.
ALTER TABLE investigation.deadline
    ADD COLUMN closed_at     TIMESTAMPTZ,
    ADD COLUMN closed_reason TEXT CHECK (closed_reason IN ('CRIME_CANCELLED')),
    ADD CONSTRAINT deadline_closed_with_reason CHECK ((closed_at IS NULL) = (closed_reason IS NULL)),
    ADD CONSTRAINT deadline_answered_or_closed CHECK (answered_by IS NULL OR closed_at IS NULL);

-- the crimes cancelled, as crime's CrimeCancelled told them: care opened later (an event delivered
-- out of order) starts closed
CREATE TABLE investigation.cancelled_crime (
    crime_id     BIGINT PRIMARY KEY,
    ground       TEXT,
    cancelled_at TIMESTAMPTZ NOT NULL,
    approved_by  TEXT        NOT NULL
);

DROP INDEX investigation.deadline_open;
CREATE INDEX deadline_open ON investigation.deadline (victim_care_id) WHERE answered_by IS NULL AND closed_at IS NULL;

GRANT UPDATE (closed_at, closed_reason) ON investigation.deadline TO ${appRole};
GRANT SELECT, INSERT ON investigation.cancelled_crime TO ${appRole};
