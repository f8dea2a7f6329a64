-- Disposal of an intelligence report under MoPI (ADR 0109): the report keeps its id, author,
-- dates, source type and every evaluation's grade and handling code (the counts stay true); its
-- original text, place in words, location, sanitised text, risk assessment, handling conditions
-- and POLE links go. Disseminations stay: they record a disclosure already made. A disposed
-- person's names are redacted from original and sanitised texts. Everything else stays
-- append-only.
ALTER TABLE intelligence.report ADD COLUMN erased_at TIMESTAMPTZ;

DROP TRIGGER report_append_only ON intelligence.report;
CREATE TRIGGER report_append_only BEFORE UPDATE OR DELETE ON intelligence.report
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_change_except_erasure('place_words', 'location_id', 'erased_at');
DROP TRIGGER original_text_append_only ON intelligence.original_text;
CREATE TRIGGER original_text_append_only BEFORE UPDATE OR DELETE ON intelligence.original_text
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_change_except_erasure('text');
DROP TRIGGER evaluation_append_only ON intelligence.evaluation;
CREATE TRIGGER evaluation_append_only BEFORE UPDATE OR DELETE ON intelligence.evaluation
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_change_except_erasure(
        'sanitised_text', 'risk_assessment', 'handling_conditions');
DROP TRIGGER report_link_append_only ON intelligence.report_link;
CREATE TRIGGER report_link_append_only BEFORE UPDATE OR DELETE ON intelligence.report_link
    FOR EACH ROW EXECUTE FUNCTION platform.refuse_change_except_erasure('DELETE');

GRANT UPDATE (place_words, location_id, erased_at) ON intelligence.report TO ${appRole};
GRANT UPDATE (text) ON intelligence.original_text TO ${appRole};
GRANT UPDATE (sanitised_text, risk_assessment, handling_conditions) ON intelligence.evaluation TO ${appRole};
GRANT DELETE ON intelligence.report_link TO ${appRole};
