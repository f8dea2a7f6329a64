-- Crime recording: crimes with their Home Office classification, victims, suspects and witnesses;
-- re-classification and cancellation requests decided by the crime registrar (maker-checker);
-- outcomes; and the NCRS integrity monitor of crime-indicative incidents. History is append-only.
CREATE SCHEMA IF NOT EXISTS crime;
GRANT USAGE ON SCHEMA crime TO ${appRole};

-- Home Office offence classifications, versioned: a change is a new version, the old one stays for
-- crimes recorded under it. seriousness ranks crimes for the principal crime rule (higher = more
-- serious, after the maximum sentence); victim_basis says how many victims one crime may have.
CREATE TABLE crime.classification (
    code              TEXT    NOT NULL,
    version           INT     NOT NULL,
    title             TEXT    NOT NULL,
    ho_group          TEXT    NOT NULL,
    police_uk_category TEXT   NOT NULL CHECK (police_uk_category IN ('violent-crime', 'robbery', 'burglary', 'vehicle-crime',
        'theft-from-the-person', 'bicycle-theft', 'shoplifting', 'other-theft', 'criminal-damage-arson', 'drugs',
        'possession-of-weapons', 'public-order', 'other-crime')),
    victim_basis      TEXT    NOT NULL CHECK (victim_basis IN ('PERSON', 'PROPERTY', 'STATE')),
    seriousness       INT     NOT NULL CHECK (seriousness BETWEEN 1 AND 100),
    valid_from        DATE    NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE crime.outcome_type (
    code  TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    sort  INT  NOT NULL
);

CREATE TABLE crime.crime (
    id                     BIGSERIAL PRIMARY KEY,
    reference              TEXT        NOT NULL UNIQUE,
    classification_code    TEXT        NOT NULL,
    classification_version INT         NOT NULL,
    occurred_from          TIMESTAMPTZ NOT NULL,
    occurred_to            TIMESTAMPTZ NOT NULL,
    reported_at            TIMESTAMPTZ NOT NULL,
    recorded_at            TIMESTAMPTZ NOT NULL,
    recorded_by            TEXT        NOT NULL,
    officer_in_charge      TEXT        NOT NULL,
    source_incident_id     BIGINT,
    location_text          TEXT        NOT NULL,
    location_id            BIGINT,
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    modus_operandi         TEXT        NOT NULL DEFAULT '',
    narrative              TEXT        NOT NULL,
    status                 TEXT        NOT NULL DEFAULT 'RECORDED' CHECK (status IN ('RECORDED', 'CANCELLED')),
    version                INT         NOT NULL DEFAULT 1,
    FOREIGN KEY (classification_code, classification_version) REFERENCES crime.classification (code, version),
    CHECK (occurred_from <= occurred_to),
    CHECK (occurred_from <= reported_at)
);
CREATE INDEX crime_recorded ON crime.crime (recorded_at);

-- Victims, suspects and witnesses: persons in the POLE records (no foreign key across modules).
CREATE TABLE crime.crime_person (
    crime_id                  BIGINT  NOT NULL REFERENCES crime.crime (id),
    person_id                 BIGINT  NOT NULL,
    role                      TEXT    NOT NULL CHECK (role IN ('VICTIM', 'SUSPECT', 'WITNESS')),
    vulnerable_or_intimidated BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (crime_id, person_id, role)
);
CREATE INDEX crime_person_person ON crime.crime_person (person_id, role);

-- Incidents a crime was raised from (source) or linked to.
CREATE TABLE crime.crime_incident (
    crime_id    BIGINT  NOT NULL REFERENCES crime.crime (id),
    incident_id BIGINT  NOT NULL,
    source      BOOLEAN NOT NULL,
    PRIMARY KEY (crime_id, incident_id)
);
CREATE INDEX crime_incident_incident ON crime.crime_incident (incident_id);

-- Every version of every crime, as it was: never updated, never deleted.
CREATE TABLE crime.crime_history (
    id                  BIGSERIAL PRIMARY KEY,
    crime_id            BIGINT      NOT NULL REFERENCES crime.crime (id),
    version             INT         NOT NULL,
    at                  TIMESTAMPTZ NOT NULL,
    actor               TEXT        NOT NULL,
    change              TEXT        NOT NULL,
    classification_code TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    reason              TEXT,
    approved_by         TEXT,
    UNIQUE (crime_id, version)
);

-- Re-classification and cancellation: asked by a maker, decided by a different crime registrar.
CREATE TABLE crime.change_request (
    id              BIGSERIAL PRIMARY KEY,
    crime_id        BIGINT      NOT NULL REFERENCES crime.crime (id),
    kind            TEXT        NOT NULL CHECK (kind IN ('RECLASSIFY', 'CANCEL')),
    new_code        TEXT,
    ground          TEXT,
    reason          TEXT        NOT NULL CHECK (length(trim(reason)) > 0),
    requested_by    TEXT        NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    decision_note   TEXT,
    CHECK (kind <> 'RECLASSIFY' OR new_code IS NOT NULL),
    CHECK (kind <> 'CANCEL' OR ground IS NOT NULL),
    -- maker-checker, whatever the code does
    CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CHECK ((status = 'PENDING') = (decided_by IS NULL))
);
-- one open request per crime at a time, so two decisions cannot race on one crime
CREATE UNIQUE INDEX change_request_one_pending ON crime.change_request (crime_id) WHERE status = 'PENDING';

CREATE TABLE crime.outcome (
    id           BIGSERIAL PRIMARY KEY,
    crime_id     BIGINT      NOT NULL REFERENCES crime.crime (id),
    outcome_type TEXT        NOT NULL REFERENCES crime.outcome_type (code),
    decided_on   DATE        NOT NULL,
    decided_by   TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT        NOT NULL,
    note         TEXT
);
CREATE INDEX outcome_crime ON crime.outcome (crime_id, id);

-- The NCRS integrity monitor: every incident closed with a crime-indicative classification.
CREATE TABLE crime.indicative_incident (
    incident_id    BIGINT PRIMARY KEY,
    reference      TEXT        NOT NULL,
    classification TEXT        NOT NULL,
    reported_at    TIMESTAMPTZ NOT NULL,
    closed_at      TIMESTAMPTZ NOT NULL,
    closed_by      TEXT        NOT NULL,
    location_text  TEXT        NOT NULL,
    location_id    BIGINT,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION
);
CREATE INDEX indicative_incident_reported ON crime.indicative_incident (reported_at);

-- The registrar's decision that a crime-indicative incident needs no crime record, with the reason.
CREATE TABLE crime.ncrs_decision (
    incident_id BIGINT PRIMARY KEY REFERENCES crime.indicative_incident (incident_id),
    decision    TEXT        NOT NULL,
    reason      TEXT        NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by  TEXT        NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL
);

CREATE FUNCTION crime.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'crime history is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END $$;
CREATE TRIGGER crime_history_append_only BEFORE UPDATE OR DELETE ON crime.crime_history
    FOR EACH ROW EXECUTE FUNCTION crime.refuse_change();
CREATE TRIGGER outcome_append_only BEFORE UPDATE OR DELETE ON crime.outcome
    FOR EACH ROW EXECUTE FUNCTION crime.refuse_change();
CREATE TRIGGER indicative_incident_append_only BEFORE UPDATE OR DELETE ON crime.indicative_incident
    FOR EACH ROW EXECUTE FUNCTION crime.refuse_change();
CREATE TRIGGER ncrs_decision_append_only BEFORE UPDATE OR DELETE ON crime.ncrs_decision
    FOR EACH ROW EXECUTE FUNCTION crime.refuse_change();
-- a crime is never deleted: cancellation is a status with an approved request behind it
CREATE TRIGGER crime_never_deleted BEFORE DELETE ON crime.crime
    FOR EACH ROW EXECUTE FUNCTION crime.refuse_change();

GRANT SELECT ON crime.classification, crime.outcome_type TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON crime.crime, crime.change_request TO ${appRole};
GRANT SELECT, INSERT ON crime.crime_person, crime.crime_incident TO ${appRole};
GRANT SELECT, INSERT ON crime.crime_history, crime.outcome, crime.indicative_incident, crime.ncrs_decision TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA crime TO ${appRole};
