-- Published hotspot forecasts and the patrol time recorded against them (issue 6, ADR 0027).
-- A published forecast is an operational decision: it is kept exactly as published, so the
-- application role may only insert and read these tables, and a trigger refuses any change.
CREATE SCHEMA IF NOT EXISTS analytics;
GRANT USAGE ON SCHEMA analytics TO ${appRole};

CREATE TABLE analytics.published_forecast (
    id            BIGSERIAL PRIMARY KEY,
    crime_type    TEXT             NOT NULL,
    horizon       TEXT             NOT NULL CHECK (horizon IN ('NEXT_DAY', 'NEXT_WEEK', 'NEXT_MONTH')),
    method        TEXT             NOT NULL,
    parameters    TEXT             NOT NULL,
    window_from   DATE             NOT NULL,
    window_to     DATE             NOT NULL,
    period_from   DATE             NOT NULL,
    period_to     DATE             NOT NULL,
    cell_scheme   TEXT             NOT NULL,
    cell_size_m   DOUBLE PRECISION NOT NULL CHECK (cell_size_m > 0),
    events_used   INT              NOT NULL,
    published_by  TEXT             NOT NULL,
    published_at  TIMESTAMPTZ      NOT NULL,
    CHECK (window_from <= window_to AND period_from <= period_to)
);

CREATE TABLE analytics.forecast_cell (
    forecast_id BIGINT           NOT NULL REFERENCES analytics.published_forecast (id),
    rank        INT              NOT NULL CHECK (rank >= 1),
    cell_id     TEXT             NOT NULL,
    risk        DOUBLE PRECISION NOT NULL,
    centre_lat  DOUBLE PRECISION NOT NULL,
    centre_lon  DOUBLE PRECISION NOT NULL,
    -- the cell's outline as a GeoJSON Polygon (lon/lat)
    polygon     TEXT             NOT NULL,
    PRIMARY KEY (forecast_id, rank),
    UNIQUE (forecast_id, cell_id)
);

CREATE TABLE analytics.patrol_dosage (
    id          BIGSERIAL PRIMARY KEY,
    forecast_id BIGINT      NOT NULL,
    cell_id     TEXT        NOT NULL,
    unit        TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    minutes     INT         NOT NULL CHECK (minutes > 0),
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (forecast_id, cell_id) REFERENCES analytics.forecast_cell (forecast_id, cell_id)
);
CREATE INDEX patrol_dosage_forecast ON analytics.patrol_dosage (forecast_id);

CREATE FUNCTION analytics.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published forecasts and their dosage records are immutable';
END $$;
CREATE TRIGGER published_forecast_immutable BEFORE UPDATE OR DELETE ON analytics.published_forecast
    FOR EACH ROW EXECUTE FUNCTION analytics.refuse_change();
CREATE TRIGGER forecast_cell_immutable BEFORE UPDATE OR DELETE ON analytics.forecast_cell
    FOR EACH ROW EXECUTE FUNCTION analytics.refuse_change();
CREATE TRIGGER patrol_dosage_immutable BEFORE UPDATE OR DELETE ON analytics.patrol_dosage
    FOR EACH ROW EXECUTE FUNCTION analytics.refuse_change();

GRANT SELECT, INSERT ON analytics.published_forecast, analytics.forecast_cell, analytics.patrol_dosage TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE analytics.published_forecast_id_seq, analytics.patrol_dosage_id_seq TO ${appRole};
