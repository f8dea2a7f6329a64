-- Custody operations: handover at shift change, transfer between custody suites, the crimes a
-- detention answers for (so the Victims' Code hears of its disposal), and safeguarding referrals.

-- The kinds of a custody record line become rows of a table rather than a CHECK list, so each
-- migration that adds a kind adds a row (ADR 0073). The kinds the CHECK allowed are carried over
-- from its own definition, whichever migration last wrote it.
CREATE TABLE custody.entry_kind (
    kind TEXT PRIMARY KEY CHECK (kind ~ '^[A-Z_]+$')
);
INSERT INTO custody.entry_kind (kind)
SELECT DISTINCT m[1]
FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([A-Z_]+)''', 'g') AS m
WHERE c.conrelid = 'custody.entry'::regclass AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%kind%'
ON CONFLICT DO NOTHING;
INSERT INTO custody.entry_kind (kind) SELECT DISTINCT kind FROM custody.entry ON CONFLICT DO NOTHING;
INSERT INTO custody.entry_kind (kind) VALUES ('SUITE_TRANSFER'), ('CRIME_LINKED'), ('SAFEGUARDING_REFERRAL')
    ON CONFLICT DO NOTHING;
ALTER TABLE custody.entry DROP CONSTRAINT IF EXISTS entry_kind_check;
ALTER TABLE custody.entry ADD CONSTRAINT entry_kind_known FOREIGN KEY (kind) REFERENCES custody.entry_kind (kind);

-- Handover at shift change: the outgoing custody officer hands the suite over to a named incoming
-- officer, who accepts it; both are attributed and neither line is rewritten after acceptance.
CREATE TABLE custody.handover (
    id          BIGSERIAL PRIMARY KEY,
    suite_id    BIGINT      NOT NULL REFERENCES custody.suite (id),
    given_at    TIMESTAMPTZ NOT NULL,
    given_by    TEXT        NOT NULL CHECK (btrim(given_by) <> ''),
    incoming    TEXT        NOT NULL CHECK (btrim(incoming) <> ''),
    detainees   INTEGER     NOT NULL CHECK (detainees >= 0),
    overdue     INTEGER     NOT NULL CHECK (overdue >= 0),
    notes       TEXT        NOT NULL,
    accepted_at TIMESTAMPTZ,
    accepted_by TEXT,
    CHECK (incoming <> given_by),
    CHECK ((accepted_at IS NULL) = (accepted_by IS NULL)),
    CHECK (accepted_by IS NULL OR accepted_by = incoming),
    CHECK (accepted_at IS NULL OR accepted_at >= given_at)
);
CREATE INDEX handover_suite ON custody.handover (suite_id, given_at DESC);

-- A transfer between suites moves the detention with its clocks: the relevant time and the limit
-- stay as they are (nothing here may change them).
CREATE TABLE custody.suite_transfer (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    from_suite   BIGINT      NOT NULL REFERENCES custody.suite (id),
    to_suite     BIGINT      NOT NULL REFERENCES custody.suite (id),
    to_cell      BIGINT REFERENCES custody.cell (id),
    at           TIMESTAMPTZ NOT NULL,
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    reason       TEXT        NOT NULL CHECK (btrim(reason) <> ''),
    CHECK (from_suite <> to_suite)
);
CREATE INDEX suite_transfer_detention ON custody.suite_transfer (detention_id, id);
CREATE TRIGGER suite_transfer_within_limit BEFORE INSERT ON custody.suite_transfer
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_past_limit();

-- The crimes (by the crime record's number) a detention answers for: its disposal is a case event
-- of each for the Victims' Code.
CREATE TABLE custody.detention_crime (
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    crime_id     BIGINT      NOT NULL,
    linked_at    TIMESTAMPTZ NOT NULL,
    linked_by    TEXT        NOT NULL CHECK (btrim(linked_by) <> ''),
    PRIMARY KEY (detention_id, crime_id)
);

-- Safeguarding referrals raised from a custody record: the concern, the agency it goes to, who raised it.
CREATE TABLE custody.safeguarding_referral (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    concern      TEXT        NOT NULL CHECK (btrim(concern) <> ''),
    agency       TEXT        NOT NULL CHECK (btrim(agency) <> ''),
    at           TIMESTAMPTZ NOT NULL,
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> '')
);
CREATE INDEX safeguarding_referral_detention ON custody.safeguarding_referral (detention_id, id);

GRANT SELECT ON custody.entry_kind TO ${appRole};
GRANT SELECT, INSERT ON custody.handover, custody.suite_transfer, custody.detention_crime,
    custody.safeguarding_referral TO ${appRole};
GRANT UPDATE (accepted_at, accepted_by) ON custody.handover TO ${appRole};
GRANT UPDATE (suite_id, cell_id) ON custody.detention TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA custody TO ${appRole};
