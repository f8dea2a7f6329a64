-- Disposal of an incident under MoPI (ADR 0109): the incident keeps its reference, call type,
-- grade, times, beat, grid cell and closing classification (the counts and response times stay
-- true); its summary, place in words, coordinates and location link go; its log keeps every
-- entry's time, author and kind, but not its words. A disposed person's names are redacted from
-- summaries and log text. The log stays append-only for everything but an erasure.
ALTER TABLE dispatch.incident ADD COLUMN erased_at TIMESTAMPTZ;

DROP TRIGGER incident_log_append_only ON dispatch.incident_log;
CREATE TRIGGER incident_log_append_only BEFORE UPDATE OR DELETE ON dispatch.incident_log
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_change_except_erasure('text');
GRANT UPDATE (text) ON dispatch.incident_log TO ${appRole};
