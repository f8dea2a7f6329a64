-- Investigation: Victims' Code care for each victim of a recorded crime. The crime itself lives in
-- the crime module; what is kept here (reference, officer in charge, the officer's team when the
-- record was opened) comes from its CrimeRecorded event. Events and contacts are append-only, and a
-- deadline is only ever closed by the contact that answers it.
CREATE SCHEMA IF NOT EXISTS investigation;
GRANT USAGE ON SCHEMA investigation TO ${appRole};

CREATE TABLE investigation.victim_care (
    id                BIGSERIAL PRIMARY KEY,
    crime_id          BIGINT      NOT NULL,
    crime_reference   TEXT        NOT NULL,
    person_id         BIGINT      NOT NULL,
    vulnerable        BOOLEAN     NOT NULL,
    officer_in_charge TEXT        NOT NULL,
    officer_team_id   BIGINT,
    reported_at       TIMESTAMPTZ NOT NULL,
    opened_at         TIMESTAMPTZ NOT NULL,
    -- a redelivered CrimeRecorded must not open a second record for the same victim
    UNIQUE (crime_id, person_id)
);
CREATE INDEX victim_care_officer ON investigation.victim_care (officer_in_charge);
CREATE INDEX victim_care_team ON investigation.victim_care (officer_team_id);

CREATE TABLE investigation.case_event (
    id          BIGSERIAL PRIMARY KEY,
    crime_id    BIGINT      NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('ARREST', 'CHARGE', 'BAIL', 'RELEASE', 'NO_FURTHER_ACTION', 'NOT_TO_BE_INVESTIGATED')),
    occurred_at TIMESTAMPTZ NOT NULL,
    note        TEXT,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_event_crime ON investigation.case_event (crime_id);

CREATE TABLE investigation.victim_contact (
    id             BIGSERIAL PRIMARY KEY,
    victim_care_id BIGINT      NOT NULL REFERENCES investigation.victim_care (id),
    kind           TEXT        NOT NULL CHECK (kind IN ('REFERRAL_MADE', 'UPDATE_GIVEN')),
    contacted_at   TIMESTAMPTZ NOT NULL,
    note           TEXT,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX victim_contact_care ON investigation.victim_contact (victim_care_id);

CREATE TABLE investigation.deadline (
    id             BIGSERIAL PRIMARY KEY,
    victim_care_id BIGINT      NOT NULL REFERENCES investigation.victim_care (id),
    obligation     TEXT        NOT NULL CHECK (obligation IN ('REFERRAL', 'UPDATE', 'NOT_INVESTIGATED')),
    case_event_id  BIGINT REFERENCES investigation.case_event (id),
    started_at     TIMESTAMPTZ NOT NULL,
    last_day       DATE        NOT NULL,
    due_by         TIMESTAMPTZ NOT NULL,
    answered_by    BIGINT REFERENCES investigation.victim_contact (id),
    answered_at    TIMESTAMPTZ,
    CHECK ((answered_by IS NULL) = (answered_at IS NULL)),
    CHECK ((obligation = 'REFERRAL') = (case_event_id IS NULL))
);
CREATE INDEX deadline_open ON investigation.deadline (victim_care_id) WHERE answered_by IS NULL;
-- one referral deadline per victim, however often the event is delivered
CREATE UNIQUE INDEX deadline_one_referral ON investigation.deadline (victim_care_id) WHERE obligation = 'REFERRAL';

GRANT SELECT, INSERT ON investigation.victim_care, investigation.case_event, investigation.victim_contact TO ${appRole};
GRANT SELECT, INSERT ON investigation.deadline TO ${appRole};
-- answering is the only change a deadline ever sees
GRANT UPDATE (answered_by, answered_at) ON investigation.deadline TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA investigation TO ${appRole};
