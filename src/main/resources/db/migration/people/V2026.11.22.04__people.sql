-- People: POLE master data (persons, locations, vehicles, links) and warning markers.
CREATE SCHEMA IF NOT EXISTS people;
GRANT USAGE ON SCHEMA people TO ${appRole};

CREATE TABLE people.person (
    id            BIGSERIAL PRIMARY KEY,
    forename      TEXT        NOT NULL,
    middle_names  TEXT,
    surname       TEXT        NOT NULL,
    date_of_birth DATE,
    sex           TEXT        CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    height_cm     INT         CHECK (height_cm BETWEEN 40 AND 260),
    build         TEXT,
    hair          TEXT,
    eyes          TEXT,
    description   TEXT,
    restricted    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       INT         NOT NULL DEFAULT 0
);
CREATE INDEX person_surname ON people.person (lower(surname), lower(forename));

CREATE TABLE people.alias (
    id            BIGSERIAL PRIMARY KEY,
    person_id     BIGINT NOT NULL REFERENCES people.person (id),
    forename      TEXT   NOT NULL,
    surname       TEXT   NOT NULL,
    date_of_birth DATE
);
CREATE INDEX alias_person ON people.alias (person_id);

CREATE TABLE people.location (
    id          BIGSERIAL PRIMARY KEY,
    premises    TEXT,
    street      TEXT        NOT NULL,
    locality    TEXT,
    town        TEXT        NOT NULL,
    postcode    TEXT,
    latitude    DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    restricted  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL DEFAULT 0
);
CREATE INDEX location_postcode ON people.location (postcode);

CREATE TABLE people.person_address (
    person_id   BIGINT NOT NULL REFERENCES people.person (id),
    location_id BIGINT NOT NULL REFERENCES people.location (id),
    kind        TEXT   NOT NULL,
    PRIMARY KEY (person_id, location_id, kind)
);

CREATE TABLE people.vehicle (
    id         BIGSERIAL PRIMARY KEY,
    vrm        TEXT        NOT NULL,
    make       TEXT,
    model      TEXT,
    colour     TEXT,
    restricted BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    INT         NOT NULL DEFAULT 0
);
CREATE INDEX vehicle_vrm ON people.vehicle (vrm);

-- A link between two POLE entities, e.g. PERSON owns VEHICLE, PERSON associate of PERSON.
CREATE TABLE people.link (
    id          BIGSERIAL PRIMARY KEY,
    from_type   TEXT        NOT NULL CHECK (from_type IN ('PERSON', 'LOCATION', 'VEHICLE')),
    from_id     BIGINT      NOT NULL,
    to_type     TEXT        NOT NULL CHECK (to_type IN ('PERSON', 'LOCATION', 'VEHICLE')),
    to_id       BIGINT      NOT NULL,
    kind        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX link_from ON people.link (from_type, from_id);
CREATE INDEX link_to ON people.link (to_type, to_id);

CREATE TABLE people.warning_marker (
    id           BIGSERIAL PRIMARY KEY,
    subject_type TEXT        NOT NULL CHECK (subject_type IN ('PERSON', 'LOCATION')),
    subject_id   BIGINT      NOT NULL,
    marker       TEXT        NOT NULL,
    note         TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    created_by   TEXT        NOT NULL
);
CREATE INDEX warning_subject ON people.warning_marker (subject_type, subject_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA people TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA people TO ${appRole};
