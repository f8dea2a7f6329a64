-- Historic crime: police.uk street-level records imported from the legacy CSV files (issue 5).
-- Anonymised, month-precision, no victims: kept apart from live crime records and outside the
-- NCRS integrity monitor (ADR 0024). Every input row ends as exactly one of: a historic_crime
-- row (imported), an import_duplicate row (merged) or an import_rejection row (rejected).
CREATE SCHEMA IF NOT EXISTS crime;
GRANT USAGE ON SCHEMA crime TO ${appRole};

CREATE TABLE crime.import_run (
    id          BIGSERIAL PRIMARY KEY,
    source_path TEXT        NOT NULL,
    started_by  TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      TEXT        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    files_found INT         NOT NULL,
    bytes_total BIGINT      NOT NULL,
    error       TEXT
);

CREATE TABLE crime.import_file (
    id                  BIGSERIAL PRIMARY KEY,
    run_id              BIGINT      NOT NULL REFERENCES crime.import_run (id),
    file_name           TEXT        NOT NULL,
    -- unknown (null) for a file refused before it was read to the end
    content_sha256      TEXT,
    byte_size           BIGINT      NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('IMPORTED', 'ALREADY_IMPORTED', 'FAILED')),
    same_as_file_id     BIGINT REFERENCES crime.import_file (id),
    rows_read           BIGINT      NOT NULL DEFAULT 0,
    imported            BIGINT      NOT NULL DEFAULT 0,
    merged_duplicates   BIGINT      NOT NULL DEFAULT 0,
    rejected            BIGINT      NOT NULL DEFAULT 0,
    flagged_no_location BIGINT      NOT NULL DEFAULT 0,
    flagged_no_crime_id BIGINT      NOT NULL DEFAULT 0,
    error               TEXT,
    error_line          BIGINT,
    finished_at         TIMESTAMPTZ NOT NULL,
    CHECK (rows_read = imported + merged_duplicates + rejected OR status = 'FAILED'),
    CHECK (status <> 'ALREADY_IMPORTED' OR same_as_file_id IS NOT NULL),
    CHECK (status = 'FAILED' OR content_sha256 IS NOT NULL)
);
-- a file's content is imported once, whatever it is called
CREATE UNIQUE INDEX import_file_content_once ON crime.import_file (content_sha256) WHERE status = 'IMPORTED';
CREATE INDEX import_file_run ON crime.import_file (run_id);
-- only a file of the same size can have the same content: the cheap test before hashing it whole
CREATE INDEX import_file_size ON crime.import_file (byte_size) WHERE status = 'IMPORTED';

CREATE TABLE crime.historic_crime (
    id                  BIGSERIAL PRIMARY KEY,
    -- the police.uk Crime ID (32 bytes), or for a row without one a hash of its content and its
    -- occurrence in the file (ADR 0025)
    row_key             BYTEA            NOT NULL UNIQUE,
    crime_id            TEXT,
    month               DATE             NOT NULL CHECK (extract(day FROM month) = 1),
    reported_by         TEXT             NOT NULL,
    falls_within        TEXT             NOT NULL,
    longitude           DOUBLE PRECISION,
    latitude            DOUBLE PRECISION,
    location            TEXT,
    lsoa_code           TEXT,
    lsoa_name           TEXT,
    crime_type          TEXT             NOT NULL,
    last_outcome        TEXT,
    context             TEXT,
    flagged_no_location BOOLEAN          NOT NULL,
    flagged_no_crime_id BOOLEAN          NOT NULL,
    source_file_id      BIGINT           NOT NULL REFERENCES crime.import_file (id),
    source_line         BIGINT           NOT NULL,
    UNIQUE (source_file_id, source_line)
);
-- rows arrive month by month, so a block range index finds a month range at almost no cost
CREATE INDEX historic_crime_month ON crime.historic_crime USING brin (month);

CREATE TABLE crime.import_duplicate (
    file_id BIGINT NOT NULL REFERENCES crime.import_file (id),
    line_no BIGINT NOT NULL,
    row_key BYTEA  NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

CREATE TABLE crime.import_rejection (
    file_id BIGINT NOT NULL REFERENCES crime.import_file (id),
    line_no BIGINT NOT NULL,
    reason  TEXT   NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

GRANT SELECT, INSERT, UPDATE ON crime.import_run, crime.import_file TO ${appRole};
GRANT SELECT, INSERT ON crime.historic_crime, crime.import_duplicate, crime.import_rejection TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE crime.import_run_id_seq, crime.import_file_id_seq, crime.historic_crime_id_seq TO ${appRole};
