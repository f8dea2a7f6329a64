-- Analytics: the anonymous snap points of the open-data export, the key that hashes crime ids,
-- and every export made (a disclosure: recipient, justification, the exact file sent).
CREATE SCHEMA IF NOT EXISTS analytics;
GRANT USAGE ON SCHEMA analytics TO ${appRole};

CREATE TABLE analytics.snap_point (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT             NOT NULL,
    latitude   DOUBLE PRECISION NOT NULL,
    longitude  DOUBLE PRECISION NOT NULL,
    addresses  INTEGER          NOT NULL CHECK (addresses >= 0)
);

-- One row: the secret that makes published crime ids non-reversible (a plain hash of a
-- sequential id could be reversed by hashing every id).
CREATE TABLE analytics.crime_id_key (
    only_one   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_one),
    secret     BYTEA NOT NULL
);

CREATE TABLE analytics.open_data_export (
    id             BIGSERIAL PRIMARY KEY,
    month          TEXT        NOT NULL,
    file_name      TEXT        NOT NULL,
    recipient      TEXT        NOT NULL,
    justification  TEXT        NOT NULL,
    exported_by    TEXT        NOT NULL,
    exported_at    TIMESTAMPTZ NOT NULL,
    rows_written   INTEGER     NOT NULL,
    rows_zeroed    INTEGER     NOT NULL,
    sha256         TEXT        NOT NULL,
    content        BYTEA       NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA analytics TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA analytics TO ${appRole};
