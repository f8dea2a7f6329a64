-- An import run now goes on past a refused file and ends COMPLETED_WITH_REFUSALS when it refused
-- any (issue 12.9). A refusal names the line and the rule broken, never the file's content (ADR 0049):
-- the header messages kept from before quoted the file's first line, so that quotation is removed.
ALTER TABLE crime.import_run DROP CONSTRAINT import_run_status_check;
ALTER TABLE crime.import_run ADD CONSTRAINT import_run_status_check
    CHECK (status IN ('RUNNING', 'COMPLETED', 'COMPLETED_WITH_REFUSALS', 'FAILED', 'INTERRUPTED'));

UPDATE crime.import_file SET error = regexp_replace(error, ' but found ".*$', ' (the file''s own line is not repeated here)')
WHERE status = 'FAILED' AND error LIKE '%header is not the police.uk street-level header%but found%';
UPDATE crime.import_run SET error = regexp_replace(error, ' but found ".*$', ' (the file''s own line is not repeated here)')
WHERE error LIKE '%header is not the police.uk street-level header%but found%';
UPDATE crime.import_file SET error = regexp_replace(error, 'the CSV cannot be parsed: .*$', 'the CSV cannot be parsed (a quoted field is not closed, or a field is broken)')
WHERE status = 'FAILED' AND error LIKE '%the CSV cannot be parsed: %';
UPDATE crime.import_run SET error = regexp_replace(error, 'the CSV cannot be parsed: .*$', 'the CSV cannot be parsed (a quoted field is not closed, or a field is broken)')
WHERE error LIKE '%the CSV cannot be parsed: %';
UPDATE crime.import_rejection SET reason = 'column Month is not a year and month (YYYY-MM)' WHERE reason LIKE 'Month "%" is not a year and month%';
UPDATE crime.import_rejection SET reason = 'column Month is not a real month (the month number is 01 to 12)' WHERE reason LIKE 'Month "%" is not a real month';
UPDATE crime.import_rejection SET reason = 'columns Longitude and Latitude are not both decimal numbers' WHERE reason LIKE 'Longitude/Latitude "%" are not numbers';
UPDATE crime.import_rejection SET reason = 'columns Longitude and Latitude are outside the globe (-180 to 180, -90 to 90)' WHERE reason LIKE 'Longitude/Latitude % are outside the globe';
