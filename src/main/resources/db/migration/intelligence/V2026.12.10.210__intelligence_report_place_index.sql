-- A place's intelligence includes the reports that happened there (report.location_id), not only
-- those that link it: the person and location pages look them up by place.
CREATE INDEX report_location_idx ON intelligence.report (location_id, id DESC) WHERE location_id IS NOT NULL;
