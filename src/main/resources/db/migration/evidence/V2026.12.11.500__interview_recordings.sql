-- Interview recordings (ADR 0095): a sealed digital item (the master) marked as an audio or video
-- recording, linked to the custody record's interview when there is one, with a working copy and a
-- waveform derived from it by ffmpeg in the background. The derived files live in the evidence
-- storage under their own SHA-256, never in place of the master. Bookmarks at timecodes are
-- append-only: a note once made is never changed or removed.
CREATE TABLE evidence.recording (
    item_id          BIGINT PRIMARY KEY REFERENCES evidence.digital_item (id),
    kind             TEXT        NOT NULL CHECK (kind IN ('AUDIO', 'VIDEO')),
    detention_id     BIGINT,
    interview_no     INT CHECK (interview_no > 0),
    state            TEXT        NOT NULL CHECK (state IN ('WAITING', 'DERIVING', 'READY', 'FAILED', 'NO_TOOL')),
    state_note       TEXT,
    working_sha256   TEXT CHECK (working_sha256 ~ '^[0-9a-f]{64}$'),
    working_size     BIGINT CHECK (working_size >= 0),
    working_type     TEXT,
    waveform_sha256  TEXT CHECK (waveform_sha256 ~ '^[0-9a-f]{64}$'),
    waveform_size    BIGINT CHECK (waveform_size >= 0),
    duration_ms      BIGINT CHECK (duration_ms >= 0),
    marked_by        TEXT        NOT NULL,
    marked_at        TIMESTAMPTZ NOT NULL,
    derived_at       TIMESTAMPTZ,
    CHECK (interview_no IS NULL OR detention_id IS NOT NULL),
    CHECK (state <> 'READY' OR (working_sha256 IS NOT NULL AND waveform_sha256 IS NOT NULL))
);
CREATE INDEX recording_detention ON evidence.recording (detention_id) WHERE detention_id IS NOT NULL;

CREATE TABLE evidence.recording_bookmark (
    id        BIGSERIAL PRIMARY KEY,
    item_id   BIGINT      NOT NULL REFERENCES evidence.recording (item_id),
    at_ms     BIGINT      NOT NULL CHECK (at_ms >= 0),
    note      TEXT        NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    made_by   TEXT        NOT NULL,
    made_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX recording_bookmark_item ON evidence.recording_bookmark (item_id, at_ms);

CREATE TRIGGER recording_bookmark_append_only BEFORE UPDATE OR DELETE ON evidence.recording_bookmark
    FOR EACH ROW EXECUTE FUNCTION evidence.refuse_change();

-- a working copy once derived and hashed is the recording's for good
CREATE FUNCTION evidence.keep_working_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'an interview recording is never deleted' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.working_sha256 IS NOT NULL AND NEW.working_sha256 IS DISTINCT FROM OLD.working_sha256 THEN
        RAISE EXCEPTION 'the working copy of recording % never changes', OLD.item_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER recording_working_copy BEFORE UPDATE OR DELETE ON evidence.recording
    FOR EACH ROW EXECUTE FUNCTION evidence.keep_working_copy();

GRANT SELECT, INSERT ON evidence.recording, evidence.recording_bookmark TO ${appRole};
GRANT UPDATE (state, state_note, working_sha256, working_size, working_type, waveform_sha256, waveform_size,
    duration_ms, derived_at) ON evidence.recording TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA evidence TO ${appRole};
