-- Analytics read model of closed incidents, fed by dispatch's IncidentClosed event. It keeps the
-- classification, times, point and beat only: never the location text, the caller or the log.
CREATE TABLE analytics.incident_fact (
    incident_id      BIGINT PRIMARY KEY,
    classification   TEXT             NOT NULL,
    crime_indicative BOOLEAN          NOT NULL,
    reported_at      TIMESTAMPTZ      NOT NULL,
    closed_at        TIMESTAMPTZ      NOT NULL,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    beat             TEXT
);
CREATE INDEX incident_fact_reported ON analytics.incident_fact (reported_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON analytics.incident_fact TO ${appRole};
