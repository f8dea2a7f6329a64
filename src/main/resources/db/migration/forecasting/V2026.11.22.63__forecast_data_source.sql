-- Which crimes a published forecast was made from (issue 6, ADR 0033): historic police.uk crimes,
-- known only to the month, or the force's recorded crimes with exact offence times. Forecasts
-- published before this column existed were all made from police.uk months.
-- The date columns keep their meaning per source: for POLICE_UK_MONTHS each holds the first day of
-- its month (window and period are whole months, as before); for RECORDED_EXACT they are the exact
-- first and last days, inclusive. Adding a column with a constant default rewrites no row, so the
-- immutability triggers are not touched.
ALTER TABLE analytics.published_forecast
    ADD COLUMN data_source TEXT NOT NULL DEFAULT 'POLICE_UK_MONTHS'
        CHECK (data_source IN ('POLICE_UK_MONTHS', 'RECORDED_EXACT'));
