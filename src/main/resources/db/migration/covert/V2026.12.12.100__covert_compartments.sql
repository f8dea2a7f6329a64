-- Covert compartments (ADR 0101): an operation, its named members, and what is filed in it. Ids are
-- random (not a sequence), so that an id says nothing of how many operations exist. Nothing of an
-- operation is readable to a non-member: every read joins the member table (ADR 0101).
CREATE SCHEMA IF NOT EXISTS covert;
GRANT USAGE ON SCHEMA covert TO ${appRole};

CREATE TABLE covert.operation (
    id                BIGINT      PRIMARY KEY CHECK (id > 0),
    name              TEXT        NOT NULL CHECK (length(trim(name)) > 0),
    purpose           TEXT        NOT NULL CHECK (length(trim(purpose)) > 0),
    senior_officer_id BIGINT      NOT NULL,
    opened_by         TEXT        NOT NULL,
    opened_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE covert.member (
    operation_id BIGINT      NOT NULL REFERENCES covert.operation (id),
    user_id      BIGINT      NOT NULL,
    added_by     TEXT        NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (operation_id, user_id)
);
CREATE INDEX member_user ON covert.member (user_id, operation_id);

-- Every change of membership and of the senior officer, append-only.
CREATE TABLE covert.membership_change (
    id           BIGSERIAL   PRIMARY KEY,
    operation_id BIGINT      NOT NULL REFERENCES covert.operation (id),
    user_id      BIGINT      NOT NULL,
    change       TEXT        NOT NULL CHECK (change IN ('ADDED', 'REMOVED', 'SENIOR_OFFICER')),
    changed_by   TEXT        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX membership_change_operation ON covert.membership_change (operation_id, id);

-- An intelligence report filed in an operation: readable by its members only (checked at read time).
CREATE TABLE covert.operation_report (
    report_id    BIGINT      PRIMARY KEY,
    operation_id BIGINT      NOT NULL REFERENCES covert.operation (id),
    filed_by     TEXT        NOT NULL,
    filed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX operation_report_operation ON covert.operation_report (operation_id, report_id);

GRANT SELECT, INSERT, UPDATE ON covert.operation TO ${appRole};
GRANT SELECT, INSERT, DELETE ON covert.member TO ${appRole};
GRANT SELECT, INSERT ON covert.membership_change TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE covert.membership_change_id_seq TO ${appRole};
GRANT SELECT, INSERT ON covert.operation_report TO ${appRole};
