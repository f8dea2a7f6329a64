-- The detainee's care on the custody record (ADR 0070): rights and entitlements, the solicitor, the
-- person told, the interpreter, property, meals, medical attention, visitors and interviews, each an
-- append-only fact. The kinds of custody record line are rows of custody.entry_kind (ADR 0073); the
-- kinds of care are added as rows.
INSERT INTO custody.entry_kind (kind) VALUES
    ('RIGHTS_GIVEN'), ('LEGAL_ADVICE'), ('SOLICITOR_CONTACTED'), ('SOLICITOR_ARRIVED'), ('INFORM_REQUESTED'),
    ('PERSON_INFORMED'), ('INFORMING_DELAYED'), ('INTERPRETER'), ('PROPERTY_TAKEN'), ('PROPERTY_RETURNED'),
    ('PROPERTY_RETAINED'), ('MEAL'), ('MEDICAL'), ('VISITOR'), ('INTERVIEW_SCHEDULED'), ('INTERVIEW_STARTED'),
    ('INTERVIEW_ENDED')
    ON CONFLICT DO NOTHING;

-- After the limit a custody record takes only its release, a transfer, a refusal, the authority for
-- longer detention (ADR 0065), and now property handed back or retained as evidence, which goes with
-- the release (ADR 0070).
CREATE OR REPLACE FUNCTION custody.refuse_entry_past_limit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IN ('RELEASED', 'TRANSFERRED', 'DETENTION_REFUSED', 'EXTENSION', 'WARRANT',
                    'PROPERTY_RETURNED', 'PROPERTY_RETAINED') THEN
        RETURN NEW;
    END IF;
    PERFORM custody.check_within_limit(NEW.detention_id, NEW.at);
    RETURN NEW;
END;
$$;

CREATE TABLE custody.care_fact (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    kind         TEXT        NOT NULL REFERENCES custody.entry_kind (kind),
    at           TIMESTAMPTZ NOT NULL,
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    fact         JSONB       NOT NULL
);
CREATE INDEX care_fact_detention ON custody.care_fact (detention_id, id);
CREATE TRIGGER care_fact_within_limit BEFORE INSERT ON custody.care_fact
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_entry_past_limit();

GRANT SELECT, INSERT ON custody.care_fact TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA custody TO ${appRole};
