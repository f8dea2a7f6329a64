-- Dispatch: incidents, their append-only log, and assignments of units (one active per unit, enforced here).
ALTER TABLE dispatch.unit ADD CONSTRAINT unit_status_known
    CHECK (status IN ('AVAILABLE', 'EN_ROUTE', 'AT_SCENE', 'COMMITTED', 'REFRESHMENT', 'OFF_DUTY'));
ALTER TABLE dispatch.unit ADD COLUMN position_at TIMESTAMPTZ;

CREATE TABLE dispatch.incident (
    id                     BIGSERIAL PRIMARY KEY,
    reference              TEXT        NOT NULL UNIQUE,
    opened_at              TIMESTAMPTZ NOT NULL,
    opened_by              TEXT        NOT NULL,
    call_type              TEXT        NOT NULL,
    summary                TEXT        NOT NULL,
    grade                  TEXT        NOT NULL,
    attend_by              TIMESTAMPTZ,
    urban                  BOOLEAN     NOT NULL,
    beat                   TEXT,
    location_text          TEXT        NOT NULL,
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    location_id            BIGINT,
    location_unverified    BOOLEAN     NOT NULL DEFAULT FALSE,
    cell                   BIGINT,
    required_skills        TEXT        NOT NULL DEFAULT '',
    status                 TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    closing_classification TEXT,
    crime_indicative       BOOLEAN,
    closed_at              TIMESTAMPTZ,
    closed_by              TEXT,
    first_assigned_at      TIMESTAMPTZ,
    first_arrived_at       TIMESTAMPTZ,
    version                INT         NOT NULL DEFAULT 0,
    CHECK (status <> 'CLOSED' OR (closing_classification IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE INDEX incident_cell ON dispatch.incident (cell, opened_at DESC);
CREATE INDEX incident_location ON dispatch.incident (location_id, opened_at DESC);
CREATE INDEX incident_open ON dispatch.incident (opened_at) WHERE status = 'OPEN';
CREATE INDEX incident_opened ON dispatch.incident (opened_at);

CREATE TABLE dispatch.incident_log (
    id          BIGSERIAL PRIMARY KEY,
    incident_id BIGINT      NOT NULL REFERENCES dispatch.incident (id),
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    text        TEXT        NOT NULL
);
CREATE INDEX incident_log_incident ON dispatch.incident_log (incident_id, id);

CREATE FUNCTION dispatch.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the incident log is append-only: % is refused', TG_OP;
END $$;
CREATE TRIGGER incident_log_append_only BEFORE UPDATE OR DELETE ON dispatch.incident_log
    FOR EACH ROW EXECUTE FUNCTION dispatch.refuse_change();

CREATE TABLE dispatch.assignment (
    id          BIGSERIAL PRIMARY KEY,
    incident_id BIGINT      NOT NULL REFERENCES dispatch.incident (id),
    unit_id     BIGINT      NOT NULL REFERENCES dispatch.unit (id),
    assigned_at TIMESTAMPTZ NOT NULL,
    assigned_by TEXT        NOT NULL,
    status      TEXT        NOT NULL DEFAULT 'ASSIGNED' CHECK (status IN ('ASSIGNED', 'EN_ROUTE', 'AT_SCENE', 'CLEARED')),
    arrived_at  TIMESTAMPTZ,
    cleared_at  TIMESTAMPTZ
);
-- A unit is on at most one active assignment: the database says so, whatever the code does.
CREATE UNIQUE INDEX assignment_one_active_per_unit ON dispatch.assignment (unit_id) WHERE status <> 'CLEARED';
CREATE INDEX assignment_incident ON dispatch.assignment (incident_id);

-- Which unit an officer crews (identity's user id; no foreign key across modules).
CREATE TABLE dispatch.crew (
    user_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES dispatch.unit (id)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON dispatch.incident, dispatch.assignment, dispatch.crew TO ${appRole};
GRANT SELECT, INSERT ON dispatch.incident_log TO ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON dispatch.incident_log FROM ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA dispatch TO ${appRole};
