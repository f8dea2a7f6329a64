-- Mapping: the force area, its beats and its stations (geometry as GeoJSON text).
CREATE SCHEMA IF NOT EXISTS mapping;
GRANT USAGE ON SCHEMA mapping TO ${appRole};

CREATE TABLE mapping.force_area (
    id       BIGSERIAL PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    geojson  TEXT NOT NULL
);

CREATE TABLE mapping.beat (
    id            BIGSERIAL PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    urban         BOOLEAN NOT NULL,
    geojson       TEXT NOT NULL
);

CREATE TABLE mapping.station (
    id        BIGSERIAL PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA mapping TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA mapping TO ${appRole};
