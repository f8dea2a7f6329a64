-- Contact: every call (999, 101, online) as received, with THRIVE and grading. A call is saved only
-- together with the incident it created or joined, so no call exists without one.
CREATE SCHEMA IF NOT EXISTS contact;
GRANT USAGE ON SCHEMA contact TO ${appRole};

CREATE TABLE contact.call (
    id                  BIGSERIAL PRIMARY KEY,
    reference           TEXT        NOT NULL UNIQUE,
    channel             TEXT        NOT NULL CHECK (channel IN ('EMERGENCY_999', 'NON_EMERGENCY_101', 'ONLINE')),
    received_at         TIMESTAMPTZ NOT NULL,
    presented_at        TIMESTAMPTZ,
    answered_at         TIMESTAMPTZ,
    handled_by          TEXT        NOT NULL,
    caller_anonymous    BOOLEAN     NOT NULL,
    caller_name         TEXT,
    caller_phone        TEXT,
    caller_person_id    BIGINT,
    location_text       TEXT        NOT NULL,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    location_id         BIGINT,
    location_unverified BOOLEAN     NOT NULL,
    what_happened       TEXT        NOT NULL,
    call_type           TEXT        NOT NULL,
    thrive              TEXT        NOT NULL,
    proposed_grade      TEXT        NOT NULL,
    grade               TEXT        NOT NULL,
    grade_reason        TEXT,
    incident_id         BIGINT      NOT NULL,
    joined_existing     BOOLEAN     NOT NULL,
    CHECK (answered_at IS NULL OR presented_at IS NULL OR answered_at >= presented_at),
    CHECK (grade = proposed_grade OR grade_reason IS NOT NULL)
);
CREATE INDEX call_incident ON contact.call (incident_id);
CREATE INDEX call_received ON contact.call (received_at);

GRANT SELECT, INSERT ON contact.call TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA contact TO ${appRole};
