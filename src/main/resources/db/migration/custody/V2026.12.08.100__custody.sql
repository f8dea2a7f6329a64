-- Custody under PACE: suites and their cells, detentions, and the custody record's append-only log.
-- One person has at most one open detention, one cell holds at most one open detention, and nothing
-- but a release, a transfer or the authority for longer detention is written after the current
-- limit: each is refused here as well as in the application (ADR 0065).
CREATE SCHEMA IF NOT EXISTS custody;
GRANT USAGE ON SCHEMA custody TO ${appRole};

CREATE TABLE custody.suite (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE custody.cell (
    id       BIGSERIAL PRIMARY KEY,
    suite_id BIGINT NOT NULL REFERENCES custody.suite (id),
    name     TEXT   NOT NULL,
    UNIQUE (suite_id, name)
);

CREATE TABLE custody.detention (
    id                 BIGSERIAL PRIMARY KEY,
    person_id          BIGINT      NOT NULL,
    suite_id           BIGINT      NOT NULL REFERENCES custody.suite (id),
    cell_id            BIGINT REFERENCES custody.cell (id),
    arresting_officer  TEXT        NOT NULL,
    arrest_grounds     TEXT        NOT NULL,
    arrested_at        TIMESTAMPTZ NOT NULL,
    arrived_at         TIMESTAMPTZ NOT NULL,
    relevant_time      TIMESTAMPTZ NOT NULL,
    juvenile           BOOLEAN     NOT NULL,
    vulnerable         BOOLEAN     NOT NULL,
    risk_self_harm     BOOLEAN     NOT NULL,
    risk_medical       BOOLEAN     NOT NULL,
    risk_drugs_alcohol BOOLEAN     NOT NULL,
    risk_mental_health BOOLEAN     NOT NULL,
    risk_vulnerable    BOOLEAN     NOT NULL,
    observation_level  SMALLINT    NOT NULL CHECK (observation_level BETWEEN 1 AND 4),
    level_set_at       TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('AWAITING_DECISION', 'DETAINED', 'REFUSED', 'LEFT_CUSTODY')),
    authorised_at      TIMESTAMPTZ,
    authorised_by      TEXT,
    limit_authority    TEXT        NOT NULL CHECK (limit_authority IN ('PACE_24_HOURS', 'SUPERINTENDENT_EXTENSION', 'WARRANT_OF_FURTHER_DETENTION')),
    limit_until        TIMESTAMPTZ NOT NULL,
    limit_granted_by   TEXT        NOT NULL,
    limit_grounds      TEXT        NOT NULL,
    last_visit_at      TIMESTAMPTZ,
    appropriate_adult  TEXT,
    disposal_kind      TEXT CHECK (disposal_kind IN ('CHARGED', 'BAILED', 'RELEASED_UNDER_INVESTIGATION', 'NO_FURTHER_ACTION', 'TRANSFERRED')),
    disposal_at        TIMESTAMPTZ,
    disposal_by        TEXT,
    disposal_details   TEXT,
    bail_until         DATE,
    bail_conditions    TEXT,
    transfer_to        TEXT,
    booked_by          TEXT        NOT NULL,
    booked_at          TIMESTAMPTZ NOT NULL,
    CHECK (relevant_time <= arrived_at AND arrested_at <= arrived_at),
    -- PACE never allows more than 96 hours from the relevant time
    CHECK (limit_until <= relevant_time + INTERVAL '96 hours'),
    CHECK ((status = 'LEFT_CUSTODY') = (disposal_kind IS NOT NULL)),
    CHECK ((authorised_at IS NULL) = (authorised_by IS NULL))
);
-- one open detention per person, one detainee per cell
CREATE UNIQUE INDEX detention_one_open_per_person ON custody.detention (person_id)
    WHERE status IN ('AWAITING_DECISION', 'DETAINED');
CREATE UNIQUE INDEX detention_one_per_cell ON custody.detention (cell_id)
    WHERE status IN ('AWAITING_DECISION', 'DETAINED') AND cell_id IS NOT NULL;
CREATE INDEX detention_open_in_suite ON custody.detention (suite_id)
    WHERE status IN ('AWAITING_DECISION', 'DETAINED');

CREATE TABLE custody.offence (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT  NOT NULL REFERENCES custody.detention (id),
    description  TEXT    NOT NULL,
    indictable   BOOLEAN NOT NULL
);
CREATE INDEX offence_detention ON custody.offence (detention_id);

-- the custody record: every line names its author and is never changed
CREATE TABLE custody.entry (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    kind         TEXT        NOT NULL CHECK (kind IN ('ARRIVED', 'DETENTION_AUTHORISED', 'DETENTION_REFUSED',
        'OBSERVATION_LEVEL_SET', 'VISIT', 'REVIEW', 'REVIEW_POSTPONED', 'APPROPRIATE_ADULT', 'EXTENSION', 'WARRANT',
        'RELEASED', 'TRANSFERRED')),
    at           TIMESTAMPTZ NOT NULL,
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    text         TEXT        NOT NULL
);
CREATE INDEX entry_detention ON custody.entry (detention_id, id);

CREATE TABLE custody.review (
    id              BIGSERIAL PRIMARY KEY,
    detention_id    BIGINT      NOT NULL REFERENCES custody.detention (id),
    due_at          TIMESTAMPTZ NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    by_user         TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    decision        TEXT        NOT NULL CHECK (decision IN ('DETENTION_CONTINUES', 'RELEASE_ORDERED')),
    grounds         TEXT        NOT NULL,
    representations TEXT        NOT NULL
);
CREATE INDEX review_detention ON custody.review (detention_id, id);

CREATE TABLE custody.review_postponement (
    id           BIGSERIAL PRIMARY KEY,
    detention_id BIGINT      NOT NULL REFERENCES custody.detention (id),
    due_at       TIMESTAMPTZ NOT NULL,
    at           TIMESTAMPTZ NOT NULL CHECK (at <= due_at),
    by_user      TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    reason       TEXT        NOT NULL CHECK (btrim(reason) <> ''),
    UNIQUE (detention_id, due_at)
);

CREATE TABLE custody.visit (
    id                BIGSERIAL PRIMARY KEY,
    detention_id      BIGINT      NOT NULL REFERENCES custody.detention (id),
    at                TIMESTAMPTZ NOT NULL,
    by_user           TEXT        NOT NULL CHECK (btrim(by_user) <> ''),
    observation_level SMALLINT    NOT NULL CHECK (observation_level BETWEEN 1 AND 4),
    roused            BOOLEAN     NOT NULL,
    seen              TEXT        NOT NULL CHECK (btrim(seen) <> '')
);
CREATE INDEX visit_detention ON custody.visit (detention_id, at);

-- Nobody is held past the current limit: after it, a custody record takes only its release, a
-- transfer, a refusal, or the authority for longer detention (whose own time the application checks).
CREATE FUNCTION custody.check_within_limit(p_detention BIGINT, p_at TIMESTAMPTZ) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    lim TIMESTAMPTZ;
BEGIN
    SELECT d.limit_until INTO lim FROM custody.detention d WHERE d.id = p_detention;
    IF p_at > lim THEN
        RAISE EXCEPTION 'custody record % is past its detention limit %: record the release or the authority first',
            p_detention, lim USING ERRCODE = 'check_violation', CONSTRAINT = 'detention_limit';
    END IF;
END;
$$;
CREATE FUNCTION custody.refuse_past_limit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM custody.check_within_limit(NEW.detention_id, NEW.at);
    RETURN NEW;
END;
$$;
-- an entry's kind decides: release, transfer, refusal and the authority for longer detention pass
CREATE FUNCTION custody.refuse_entry_past_limit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IN ('RELEASED', 'TRANSFERRED', 'DETENTION_REFUSED', 'EXTENSION', 'WARRANT') THEN
        RETURN NEW;
    END IF;
    PERFORM custody.check_within_limit(NEW.detention_id, NEW.at);
    RETURN NEW;
END;
$$;
CREATE TRIGGER entry_within_limit BEFORE INSERT ON custody.entry
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_entry_past_limit();
CREATE TRIGGER review_within_limit BEFORE INSERT ON custody.review
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_past_limit();
CREATE TRIGGER postponement_within_limit BEFORE INSERT ON custody.review_postponement
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_past_limit();
CREATE TRIGGER visit_within_limit BEFORE INSERT ON custody.visit
    FOR EACH ROW EXECUTE FUNCTION custody.refuse_past_limit();

GRANT SELECT ON custody.suite, custody.cell TO ${appRole};
GRANT INSERT ON custody.suite, custody.cell TO ${appRole};
GRANT SELECT, INSERT ON custody.detention, custody.offence, custody.entry, custody.review,
    custody.review_postponement, custody.visit TO ${appRole};
-- the entries, reviews and visits are never changed; the detention's state moves with them
GRANT UPDATE (observation_level, level_set_at, status, authorised_at, authorised_by, limit_authority, limit_until,
    limit_granted_by, limit_grounds, last_visit_at, appropriate_adult, disposal_kind, disposal_at, disposal_by,
    disposal_details, bail_until, bail_conditions, transfer_to) ON custody.detention TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA custody TO ${appRole};
