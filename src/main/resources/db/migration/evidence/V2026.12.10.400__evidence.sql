-- Evidence: exhibits seized for a crime, their continuity (an append-only chain of movements), the
-- property stores that hold them with their checks, and digital evidence whose bytes live in a
-- content-addressed store outside the database (ADR 0082, 0083, 0084). A continuity entry and a
-- store check are never changed or removed; a digital item's hash, once taken, never changes, and an
-- item found tampered never becomes intact again: each is refused here as well as in the application.
CREATE SCHEMA IF NOT EXISTS evidence;
GRANT USAGE ON SCHEMA evidence TO ${appRole};

CREATE TABLE evidence.property_store (
    id      BIGSERIAL PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL
);

CREATE TABLE evidence.exhibit (
    id           BIGSERIAL PRIMARY KEY,
    crime_id     BIGINT      NOT NULL,
    reference    TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    seized_by    TEXT        NOT NULL,
    seized_at    TIMESTAMPTZ NOT NULL,
    seized_where TEXT        NOT NULL,
    seal         TEXT        NOT NULL,
    person_id    BIGINT,
    location_id  BIGINT,
    recorded_by  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    -- the "case" is the crime: an officer's exhibit references (JS/1, JS/2) are unique within it
    CONSTRAINT exhibit_reference_unique UNIQUE (crime_id, reference)
);
CREATE INDEX exhibit_crime ON evidence.exhibit (crime_id);
CREATE INDEX exhibit_person ON evidence.exhibit (person_id) WHERE person_id IS NOT NULL;

CREATE TABLE evidence.continuity_entry (
    exhibit_id  BIGINT      NOT NULL REFERENCES evidence.exhibit (id),
    seq         INT         NOT NULL CHECK (seq > 0),
    kind        TEXT        NOT NULL CHECK (kind IN ('HANDED_TO', 'STORED_AT', 'SENT_TO_LABORATORY', 'RETURNED',
                                                     'PRODUCED_AT_COURT', 'DISPOSED', 'RETURNED_TO_OWNER')),
    from_holder TEXT        NOT NULL,
    from_place  TEXT        NOT NULL,
    to_holder   TEXT        NOT NULL,
    to_place    TEXT        NOT NULL,
    store_id    BIGINT REFERENCES evidence.property_store (id),
    at          TIMESTAMPTZ NOT NULL,
    seal_seen   TEXT        NOT NULL,
    authority   TEXT,
    in_error    BOOLEAN     NOT NULL DEFAULT FALSE,
    note        TEXT,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (exhibit_id, seq),
    CHECK (kind NOT IN ('DISPOSED', 'RETURNED_TO_OWNER') OR authority IS NOT NULL),
    CHECK (kind <> 'STORED_AT' OR store_id IS NOT NULL)
);
CREATE INDEX continuity_store ON evidence.continuity_entry (store_id) WHERE store_id IS NOT NULL;

CREATE TABLE evidence.store_check (
    id          BIGSERIAL PRIMARY KEY,
    store_id    BIGINT      NOT NULL REFERENCES evidence.property_store (id),
    checked_by  TEXT        NOT NULL,
    checked_at  TIMESTAMPTZ NOT NULL,
    expected    TEXT[]      NOT NULL,
    found       TEXT[]      NOT NULL,
    missing     TEXT[]      NOT NULL,
    unexpected  TEXT[]      NOT NULL
);

CREATE TABLE evidence.digital_item (
    id            BIGSERIAL PRIMARY KEY,
    exhibit_id    BIGINT      NOT NULL REFERENCES evidence.exhibit (id),
    file_name     TEXT        NOT NULL,
    media_type    TEXT        NOT NULL,
    declared_size BIGINT      NOT NULL CHECK (declared_size >= 0),
    received      BIGINT      NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= declared_size),
    sha256        TEXT CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    status        TEXT        NOT NULL CHECK (status IN ('RECEIVING', 'INTACT', 'TAMPERED')),
    uploaded_by   TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    sealed_at     TIMESTAMPTZ,
    verified_at   TIMESTAMPTZ,
    tampered_at   TIMESTAMPTZ,
    CHECK (status = 'RECEIVING' OR (sha256 IS NOT NULL AND received = declared_size))
);
CREATE INDEX digital_item_exhibit ON evidence.digital_item (exhibit_id);

CREATE FUNCTION evidence.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence continuity and store checks are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER continuity_append_only BEFORE UPDATE OR DELETE ON evidence.continuity_entry
    FOR EACH ROW EXECUTE FUNCTION evidence.refuse_change();
CREATE TRIGGER continuity_no_truncate BEFORE TRUNCATE ON evidence.continuity_entry
    FOR EACH STATEMENT EXECUTE FUNCTION evidence.refuse_change();
CREATE TRIGGER store_check_append_only BEFORE UPDATE OR DELETE ON evidence.store_check
    FOR EACH ROW EXECUTE FUNCTION evidence.refuse_change();

-- a hash once taken is the item's for good; a tampered item stays tampered; nothing is deleted
CREATE FUNCTION evidence.keep_digital_integrity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a digital evidence item is never deleted' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.sha256 IS NOT NULL AND NEW.sha256 IS DISTINCT FROM OLD.sha256 THEN
        RAISE EXCEPTION 'the hash of digital evidence item % never changes', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'TAMPERED' AND NEW.status <> 'TAMPERED' THEN
        RAISE EXCEPTION 'digital evidence item % was found tampered and stays so', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.received < OLD.received THEN
        RAISE EXCEPTION 'bytes received for item % never go back', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER digital_item_integrity BEFORE UPDATE OR DELETE ON evidence.digital_item
    FOR EACH ROW EXECUTE FUNCTION evidence.keep_digital_integrity();

GRANT SELECT, INSERT ON evidence.property_store, evidence.exhibit, evidence.continuity_entry,
    evidence.store_check, evidence.digital_item TO ${appRole};
GRANT UPDATE (received, sha256, status, sealed_at, verified_at, tampered_at) ON evidence.digital_item TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA evidence TO ${appRole};
