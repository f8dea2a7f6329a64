-- Intelligence reports under the National Intelligence Model's 3x5x2 (ADR 0075): the report as
-- submitted and its POLE links; the original text apart, read only through the intelligence unit's
-- use case (ADR 0077); the unit's evaluations (grade, handling code and conditions, risk, sanitised
-- text) as append-only versions, the highest being current; disseminations outside the force
-- (ADR 0078). The application role may insert and read, never update or delete: nothing here is
-- rewritten, and a trigger refuses it from anyone.
CREATE SCHEMA IF NOT EXISTS intelligence;
GRANT USAGE ON SCHEMA intelligence TO ${appRole};

CREATE TABLE intelligence.report (
    id                BIGSERIAL PRIMARY KEY,
    submitted_by      TEXT        NOT NULL,
    submitted_by_user BIGINT      NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL,
    observed_at       TIMESTAMPTZ,
    location_id       BIGINT,
    place_words       TEXT,
    source_type       TEXT        NOT NULL CHECK (source_type IN ('OFFICER_OBSERVATION', 'MEMBER_OF_PUBLIC',
        'VICTIM_OR_WITNESS', 'PARTNER_AGENCY', 'CRIMESTOPPERS', 'OPEN_SOURCE'))
);
CREATE INDEX report_author_idx ON intelligence.report (submitted_by_user, id DESC);

-- what the submitting officer wrote, which may identify the source: the intelligence unit's only
CREATE TABLE intelligence.original_text (
    report_id BIGINT PRIMARY KEY REFERENCES intelligence.report (id),
    text      TEXT NOT NULL
);

CREATE TABLE intelligence.report_link (
    report_id   BIGINT NOT NULL REFERENCES intelligence.report (id),
    record_type TEXT   NOT NULL CHECK (record_type IN ('person', 'location', 'vehicle', 'incident', 'crime')),
    record_id   BIGINT NOT NULL,
    PRIMARY KEY (report_id, record_type, record_id)
);
CREATE INDEX report_link_record_idx ON intelligence.report_link (record_type, record_id, report_id DESC);

CREATE TABLE intelligence.evaluation (
    report_id           BIGINT      NOT NULL REFERENCES intelligence.report (id),
    version             INT         NOT NULL CHECK (version >= 1),
    source_evaluation   SMALLINT    NOT NULL CHECK (source_evaluation BETWEEN 1 AND 3),
    assessment          TEXT        NOT NULL CHECK (assessment IN ('A', 'B', 'C', 'D', 'E')),
    handling_code       TEXT        NOT NULL CHECK (handling_code IN ('P', 'C')),
    handling_conditions TEXT,
    risk_assessment     TEXT        NOT NULL,
    sanitised_text      TEXT        NOT NULL,
    evaluated_by        TEXT        NOT NULL,
    evaluated_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (report_id, version),
    CHECK (handling_code = 'P' OR length(btrim(coalesce(handling_conditions, ''))) > 0)
);

CREATE TABLE intelligence.dissemination (
    id                  BIGSERIAL PRIMARY KEY,
    report_id           BIGINT      NOT NULL REFERENCES intelligence.report (id),
    evaluation_version  INT         NOT NULL,
    recipient           TEXT        NOT NULL,
    purpose             TEXT        NOT NULL,
    handling_conditions TEXT,
    disseminated_by     TEXT        NOT NULL,
    disseminated_at     TIMESTAMPTZ NOT NULL,
    FOREIGN KEY (report_id, evaluation_version) REFERENCES intelligence.evaluation (report_id, version)
);
CREATE INDEX dissemination_report_idx ON intelligence.dissemination (report_id);

CREATE FUNCTION intelligence.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'intelligence records are append-only';
END;
$$;

CREATE TRIGGER report_append_only BEFORE UPDATE OR DELETE ON intelligence.report
    FOR EACH ROW EXECUTE FUNCTION intelligence.refuse_change();
CREATE TRIGGER original_text_append_only BEFORE UPDATE OR DELETE ON intelligence.original_text
    FOR EACH ROW EXECUTE FUNCTION intelligence.refuse_change();
CREATE TRIGGER report_link_append_only BEFORE UPDATE OR DELETE ON intelligence.report_link
    FOR EACH ROW EXECUTE FUNCTION intelligence.refuse_change();
CREATE TRIGGER evaluation_append_only BEFORE UPDATE OR DELETE ON intelligence.evaluation
    FOR EACH ROW EXECUTE FUNCTION intelligence.refuse_change();
CREATE TRIGGER dissemination_append_only BEFORE UPDATE OR DELETE ON intelligence.dissemination
    FOR EACH ROW EXECUTE FUNCTION intelligence.refuse_change();

GRANT SELECT, INSERT ON intelligence.report, intelligence.original_text, intelligence.report_link,
    intelligence.evaluation, intelligence.dissemination TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA intelligence TO ${appRole};
