-- Dispatch: units (resources) and their skills. Incidents arrive with command and control.
CREATE SCHEMA IF NOT EXISTS dispatch;
GRANT USAGE ON SCHEMA dispatch TO ${appRole};

CREATE TABLE dispatch.unit (
    id          BIGSERIAL PRIMARY KEY,
    callsign    TEXT NOT NULL UNIQUE,
    station     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    skills      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'OFF_DUTY',
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION
);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA dispatch TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA dispatch TO ${appRole};
