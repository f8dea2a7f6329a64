-- Safeguarding referrals to partner agencies (ADR 0088, 0089): every referral has an owner and a due
-- time at every moment (NOT NULL), escalates when overdue, and keeps every step in referral_event.
-- The record it was made from (incident, crime, investigation, custody record) is named by id only;
-- its restriction is read live from its owner module. Nothing here is ever deleted.
CREATE TABLE investigation.risk_assessment (
    id           BIGSERIAL PRIMARY KEY,
    source_type  TEXT        NOT NULL CHECK (source_type IN ('INCIDENT', 'CRIME', 'INVESTIGATION', 'DETENTION')),
    source_id    BIGINT      NOT NULL,
    subject      TEXT        NOT NULL,
    -- one letter per checklist question: Y yes, N no, U not known
    answers      TEXT        NOT NULL CHECK (answers ~ '^[YNU]+$'),
    yes_count    INT         NOT NULL,
    judgement    TEXT        NOT NULL CHECK (judgement IN ('STANDARD', 'MEDIUM', 'HIGH')),
    high_risk    BOOLEAN     NOT NULL,
    notes        TEXT        NOT NULL DEFAULT '',
    assessed_by  TEXT        NOT NULL,
    assessed_at  TIMESTAMPTZ NOT NULL,
    referral_id  BIGINT
);

CREATE TABLE investigation.safeguarding_referral (
    id                 BIGSERIAL PRIMARY KEY,
    agency             TEXT        NOT NULL,
    source_type        TEXT        NOT NULL CHECK (source_type IN ('INCIDENT', 'CRIME', 'INVESTIGATION', 'DETENTION')),
    source_id          BIGINT      NOT NULL,
    subject            TEXT        NOT NULL,
    concerns           TEXT        NOT NULL,
    owner              TEXT        NOT NULL,
    owner_team_id      BIGINT,
    stage              TEXT        NOT NULL CHECK (stage IN ('TO_SEND', 'SENT', 'ACKNOWLEDGED', 'CLOSED')),
    due_at             TIMESTAMPTZ NOT NULL,
    escalation_level   INT         NOT NULL DEFAULT 0,
    escalated_to       TEXT,
    -- when the escalation check next looks at it; null when closed or at the top of the ladder
    next_escalation_at TIMESTAMPTZ,
    risk_assessment_id BIGINT REFERENCES investigation.risk_assessment (id),
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    agency_reference   TEXT,
    outcome            TEXT,
    CHECK ((stage = 'CLOSED') = (outcome IS NOT NULL))
);
CREATE INDEX referral_owner ON investigation.safeguarding_referral (owner, due_at) WHERE stage <> 'CLOSED';
CREATE INDEX referral_escalated_to ON investigation.safeguarding_referral (escalated_to, due_at) WHERE stage <> 'CLOSED';
CREATE INDEX referral_team ON investigation.safeguarding_referral (owner_team_id, due_at) WHERE stage <> 'CLOSED';
CREATE INDEX referral_agency ON investigation.safeguarding_referral (agency, due_at) WHERE stage <> 'CLOSED';
CREATE INDEX referral_escalation_due ON investigation.safeguarding_referral (next_escalation_at)
    WHERE next_escalation_at IS NOT NULL;
CREATE INDEX referral_source ON investigation.safeguarding_referral (source_type, source_id);

CREATE TABLE investigation.referral_event (
    id               BIGSERIAL PRIMARY KEY,
    referral_id      BIGINT      NOT NULL REFERENCES investigation.safeguarding_referral (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('MADE', 'REASSIGNED', 'SENT', 'ACKNOWLEDGED', 'OUTCOME', 'ESCALATED')),
    at               TIMESTAMPTZ NOT NULL,
    by_whom          TEXT        NOT NULL,
    detail           TEXT        NOT NULL,
    -- the due time the referral had when this happened (an escalation names the one it escalated)
    due_at           TIMESTAMPTZ NOT NULL,
    escalation_level INT,
    escalated_to     TEXT
);
CREATE INDEX referral_event_referral ON investigation.referral_event (referral_id);

GRANT SELECT, INSERT ON investigation.risk_assessment, investigation.safeguarding_referral,
    investigation.referral_event TO ${appRole};
GRANT UPDATE (referral_id) ON investigation.risk_assessment TO ${appRole};
GRANT UPDATE (owner, owner_team_id, stage, due_at, escalation_level, escalated_to, next_escalation_at,
    agency_reference, outcome) ON investigation.safeguarding_referral TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA investigation TO ${appRole};
