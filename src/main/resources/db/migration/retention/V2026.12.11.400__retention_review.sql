-- Retention review under the Management of Police Information (ADR 0092): every crime, incident,
-- intelligence report and person record has a retention group and a next review date, set by the
-- configured rules; a reviewer retains it (with a reason) or disposes of it. A record's own data
-- stays with its owner module: this register holds only its reference, group and dates.
CREATE SCHEMA IF NOT EXISTS retention;
GRANT USAGE ON SCHEMA retention TO ${appRole};

CREATE TABLE retention.retention_record (
    record_type     TEXT        NOT NULL CHECK (record_type IN ('CRIME', 'INCIDENT', 'INTELLIGENCE_REPORT', 'PERSON')),
    record_id       BIGINT      NOT NULL,
    reference       TEXT        NOT NULL,
    retention_group SMALLINT    NOT NULL CHECK (retention_group BETWEEN 1 AND 3),
    basis           TEXT        NOT NULL,
    last_activity   DATE        NOT NULL,
    next_review_on  DATE        NOT NULL,
    keep_until      DATE,
    status          TEXT        NOT NULL DEFAULT 'HELD' CHECK (status IN ('HELD', 'DISPOSED')),
    PRIMARY KEY (record_type, record_id)
);
CREATE INDEX retention_record_due ON retention.retention_record (next_review_on, record_type, record_id)
    WHERE status = 'HELD';

-- Every decision, append-only: retain (with the reason and the next review date) or dispose.
CREATE TABLE retention.retention_decision (
    id             BIGSERIAL   PRIMARY KEY,
    record_type    TEXT        NOT NULL,
    record_id      BIGINT      NOT NULL,
    decision       TEXT        NOT NULL CHECK (decision IN ('RETAIN', 'DISPOSE')),
    reason         TEXT        NOT NULL CHECK (length(trim(reason)) > 0),
    next_review_on DATE,
    erased         TEXT,
    decided_by     TEXT        NOT NULL,
    decided_at     TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (record_type, record_id) REFERENCES retention.retention_record (record_type, record_id)
);
CREATE INDEX retention_decision_record ON retention.retention_decision (record_type, record_id, id);

GRANT SELECT, INSERT, UPDATE ON retention.retention_record TO ${appRole};
GRANT SELECT, INSERT ON retention.retention_decision TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE retention.retention_decision_id_seq TO ${appRole};
