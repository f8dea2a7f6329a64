-- Prosecution case files (ADR 0085): built from an investigation, kept in versions. A version is one
-- document (defendants, charges, summary, witnesses and statements, the evidence list, the disclosure
-- schedules of unused material); once submitted it never changes, here as in the application: a new
-- version is started from it. Offence wording is reference data, copied into a charge when it is laid.
CREATE TABLE investigation.offence (
    code        TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    wording     TEXT NOT NULL,
    legislation TEXT NOT NULL
);
INSERT INTO investigation.offence (code, title, wording, legislation) VALUES
    ('COMMON_ASSAULT', 'Common assault', 'Assault by beating', 'Contrary to section 39 of the Criminal Justice Act 1988'),
    ('ABH', 'Assault occasioning actual bodily harm', 'Assault occasioning actual bodily harm',
        'Contrary to section 47 of the Offences against the Person Act 1861'),
    ('GBH_S20', 'Inflicting grievous bodily harm', 'Unlawfully and maliciously inflicting grievous bodily harm',
        'Contrary to section 20 of the Offences against the Person Act 1861'),
    ('THEFT', 'Theft', 'Theft', 'Contrary to sections 1(1) and 7 of the Theft Act 1968'),
    ('BURGLARY_DWELLING', 'Burglary of a dwelling', 'Burglary in a dwelling with intent to steal',
        'Contrary to section 9(1)(a) of the Theft Act 1968'),
    ('ROBBERY', 'Robbery', 'Robbery', 'Contrary to section 8(1) of the Theft Act 1968'),
    ('CRIMINAL_DAMAGE', 'Criminal damage', 'Destroying or damaging property',
        'Contrary to sections 1(1) and 4 of the Criminal Damage Act 1971'),
    ('BLADE_PUBLIC', 'Having a bladed article in a public place', 'Having an article with a blade or point in a public place',
        'Contrary to section 139(1) and (6) of the Criminal Justice Act 1988');

CREATE TABLE investigation.case_file (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT      NOT NULL REFERENCES investigation.investigation (id),
    version          INT         NOT NULL CHECK (version > 0),
    based_on         INT,
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    content          JSONB       NOT NULL,
    revision         INT         NOT NULL DEFAULT 0,
    started_by       TEXT        NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    submitted_by     TEXT,
    submitted_at     TIMESTAMPTZ,
    UNIQUE (investigation_id, version),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
-- one draft at a time per investigation, whatever two requests race
CREATE UNIQUE INDEX case_file_one_draft ON investigation.case_file (investigation_id) WHERE status = 'DRAFT';

CREATE FUNCTION investigation.keep_submitted_case_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a case file version is never deleted' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'SUBMITTED' THEN
        RAISE EXCEPTION 'case file % version % was submitted and never changes', OLD.investigation_id, OLD.version
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_file_submitted_immutable BEFORE UPDATE OR DELETE ON investigation.case_file
    FOR EACH ROW EXECUTE FUNCTION investigation.keep_submitted_case_file();

-- every package that left: to whom, which schedules, and the hash of its signed manifest
CREATE TABLE investigation.case_file_export (
    id              BIGSERIAL PRIMARY KEY,
    case_file_id    BIGINT      NOT NULL REFERENCES investigation.case_file (id),
    kind            TEXT        NOT NULL CHECK (kind IN ('PROSECUTION_FILE', 'SENSITIVE_SCHEDULE')),
    recipient       TEXT        NOT NULL,
    exported_by     TEXT        NOT NULL,
    exported_at     TIMESTAMPTZ NOT NULL,
    manifest_sha256 TEXT        NOT NULL CHECK (manifest_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX case_file_export_file ON investigation.case_file_export (case_file_id);

GRANT SELECT ON investigation.offence TO ${appRole};
GRANT SELECT, INSERT ON investigation.case_file, investigation.case_file_export TO ${appRole};
GRANT UPDATE (status, content, revision, submitted_by, submitted_at) ON investigation.case_file TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA investigation TO ${appRole};
