-- The detainee's care on the custody record (ADR 0070): rights and entitlements, the solicitor, the
-- person told, the interpreter, property, meals, medical attention, visitors and interviews, each an
-- append-only fact. The kinds of custody record line move from a CHECK list to a table, so that a
-- new kind is one INSERT and the rule "only these lines after the limit" is read from the same row.
CREATE TABLE custody.entry_kind (
    name                TEXT PRIMARY KEY,
    allowed_after_limit BOOLEAN NOT NULL
);
INSERT INTO custody.entry_kind (name, allowed_after_limit) VALUES
    ('ARRIVED', FALSE), ('DETENTION_AUTHORISED', FALSE), ('DETENTION_REFUSED', TRUE),
    ('OBSERVATION_LEVEL_SET', FALSE), ('VISIT', FALSE), ('REVIEW', FALSE), ('REVIEW_POSTPONED', FALSE),
    ('APPROPRIATE_ADULT', FALSE), ('EXTENSION', TRUE), ('WARRANT', TRUE), ('RELEASED', TRUE), ('TRANSFERRED', TRUE),
    ('RIGHTS_GIVEN', FALSE), ('LEGAL_ADVICE', FALSE), ('SOLICITOR_CONTACTED', FALSE), ('SOLICITOR_ARRIVED', FALSE),
    ('INFORM_REQUESTED', FALSE), ('PERSON_INFORMED', FALSE), ('INFORMING_DELAYED', FALSE), ('INTERPRETER', FALSE),
    ('PROPERTY_TAKEN', FALSE), ('PROPERTY_RETURNED', TRUE), ('PROPERTY_RETAINED', TRUE), ('MEAL', FALSE),
    ('MEDICAL', FALSE), ('VISITOR', FALSE), ('INTERVIEW_SCHEDULED', FALSE), ('INTERVIEW_STARTED', FALSE),
    ('INTERVIEW_ENDED', FALSE);

ALTER TABLE custody.entry DROP CONSTRAINT entry_kind_check;
ALTER TABLE custody.entry ADD CONSTRAINT entry_kind_known FOREIGN KEY (kind) REFERENCES custody.entry_kind (name);

-- after the limit, only the kinds the table allows (release, transfer, refusal, authorities, property handed back)
CREATE OR REPLACE FUNCTION custody.refuse_entry_past_limit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT k.allowed_after_limit FROM custody.entry_kind k WHERE k.name = NEW.kind) THEN
        RETURN NEW;
    END IF;
    PERFORM custody.check_within_limit(NEW.detention_id, NEW.at);
    RETURN NEW;
END;
$$;

CREATE TABLE custody.care_fact (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    kind         TEXT        NOT NULL REFERENCES custody.entry_kind (name),
    at           TIMESTAMPTZ NOT NULL,
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    fact         JSONB       NOT NULL
);
CREATE INDEX care_fact_detention ON custody.care_fact (detention_id, id);
CREATE TRIGGER care_fact_within_limit BEFORE INSERT ON custody.care_fact
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_entry_past_limit();

GRANT SELECT ON custody.entry_kind TO ${appRole};
GRANT SELECT, INSERT ON custody.care_fact TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA custody TO ${appRole};
