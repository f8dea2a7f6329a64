-- H3 hexagons as a second cell scheme for published forecasts (ADR 0032). Square-grid forecasts
-- keep no resolution; an H3 forecast must have one, and its cells are named by their H3 index.
-- Adding a column and constraints fires no row trigger, so the published rows stay untouched.
ALTER TABLE analytics.published_forecast ADD COLUMN h3_resolution INT;
ALTER TABLE analytics.published_forecast ADD CONSTRAINT published_forecast_cell_scheme
    CHECK (cell_scheme IN ('square-grid-epsg27700', 'h3'));
ALTER TABLE analytics.published_forecast ADD CONSTRAINT published_forecast_h3_resolution
    CHECK ((cell_scheme = 'h3') = (h3_resolution IS NOT NULL) AND (h3_resolution IS NULL OR h3_resolution BETWEEN 0 AND 15));
