-- Investigations: opened from crimes (or an incident), with an officer in charge, a supervisor and
-- a team; a plan kept in versions; lines of enquiry; actions with an owner, a due day and a result;
-- supervisory reviews. Crimes and incidents are named by id and reference only (the crime module
-- owns them). Nothing here is ever deleted: the application role has no DELETE, and only the
-- columns a later step fills may be updated (ADR 0079).
CREATE TABLE investigation.investigation (
    id                BIGSERIAL PRIMARY KEY,
    reference         TEXT        NOT NULL UNIQUE,
    title             TEXT        NOT NULL,
    officer_in_charge TEXT        NOT NULL,
    supervisor        TEXT        NOT NULL,
    incident_id       BIGINT,
    plan              TEXT        NOT NULL DEFAULT '',
    plan_version      INT         NOT NULL DEFAULT 0,
    status            TEXT        NOT NULL CHECK (status IN ('OPEN', 'FINALISED')),
    opened_at         TIMESTAMPTZ NOT NULL,
    opened_by         TEXT        NOT NULL,
    -- the day (Europe/London) the next supervisory review is due; null once finalised
    next_review_on    DATE,
    finalised_at      TIMESTAMPTZ,
    finalised_by      TEXT,
    finalisation_note TEXT,
    CHECK ((status = 'OPEN') = (next_review_on IS NOT NULL))
);
CREATE INDEX investigation_review_queue ON investigation.investigation (supervisor, next_review_on)
    WHERE status = 'OPEN';
CREATE INDEX investigation_oic ON investigation.investigation (officer_in_charge) WHERE status = 'OPEN';

CREATE TABLE investigation.investigation_crime (
    investigation_id BIGINT  NOT NULL REFERENCES investigation.investigation (id),
    crime_id         BIGINT  NOT NULL,
    crime_reference  TEXT    NOT NULL,
    open             BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (investigation_id, crime_id)
);
-- a crime belongs to one open investigation at a time, whatever two requests race
CREATE UNIQUE INDEX one_open_investigation_per_crime ON investigation.investigation_crime (crime_id) WHERE open;

CREATE TABLE investigation.investigation_member (
    investigation_id BIGINT NOT NULL REFERENCES investigation.investigation (id),
    username         TEXT   NOT NULL,
    PRIMARY KEY (investigation_id, username)
);

CREATE TABLE investigation.plan_version (
    investigation_id BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    version          INT         NOT NULL,
    text             TEXT        NOT NULL,
    written_by       TEXT        NOT NULL,
    written_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (investigation_id, version)
);

CREATE TABLE investigation.line_of_enquiry (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    description      TEXT        NOT NULL,
    added_by         TEXT        NOT NULL,
    added_at         TIMESTAMPTZ NOT NULL,
    closed_at        TIMESTAMPTZ,
    closed_by        TEXT,
    result           TEXT,
    CHECK ((closed_at IS NULL) = (result IS NULL))
);
CREATE INDEX line_of_enquiry_investigation ON investigation.line_of_enquiry (investigation_id);

CREATE TABLE investigation.supervisory_review (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    due_on           DATE        NOT NULL,
    reviewed_by      TEXT        NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL,
    decisions        TEXT        NOT NULL,
    next_review_on   DATE        NOT NULL
);
CREATE INDEX supervisory_review_investigation ON investigation.supervisory_review (investigation_id);

CREATE TABLE investigation.investigation_action (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    description      TEXT        NOT NULL,
    owner            TEXT        NOT NULL,
    owner_team_id    BIGINT,
    priority         TEXT        NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL', 'LOW')),
    due_on           DATE        NOT NULL,
    raised_by        TEXT        NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL,
    review_id        BIGINT REFERENCES investigation.supervisory_review (id),
    completed_at     TIMESTAMPTZ,
    completed_by     TEXT,
    result           TEXT,
    CHECK ((completed_at IS NULL) = (result IS NULL))
);
CREATE INDEX action_owner_due ON investigation.investigation_action (owner, due_on) WHERE completed_at IS NULL;
CREATE INDEX action_team_due ON investigation.investigation_action (owner_team_id, due_on) WHERE completed_at IS NULL;
CREATE INDEX action_investigation ON investigation.investigation_action (investigation_id);

CREATE TABLE investigation.action_reassignment (
    id            BIGSERIAL PRIMARY KEY,
    action_id     BIGINT      NOT NULL REFERENCES investigation.investigation_action (id),
    from_owner    TEXT        NOT NULL,
    to_owner      TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    reassigned_by TEXT        NOT NULL,
    reassigned_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX action_reassignment_action ON investigation.action_reassignment (action_id);

GRANT SELECT, INSERT ON investigation.investigation, investigation.investigation_crime,
    investigation.investigation_member, investigation.plan_version, investigation.line_of_enquiry,
    investigation.supervisory_review, investigation.investigation_action, investigation.action_reassignment
    TO ${appRole};
GRANT UPDATE (plan, plan_version, status, next_review_on, finalised_at, finalised_by, finalisation_note)
    ON investigation.investigation TO ${appRole};
GRANT UPDATE (open) ON investigation.investigation_crime TO ${appRole};
GRANT UPDATE (closed_at, closed_by, result) ON investigation.line_of_enquiry TO ${appRole};
GRANT UPDATE (owner, owner_team_id, completed_at, completed_by, result) ON investigation.investigation_action TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA investigation TO ${appRole};
