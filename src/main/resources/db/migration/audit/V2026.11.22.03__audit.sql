-- Audit: the append-only, hash-chained trail (DPA 2018 s.62) and its signed checkpoints.
-- The application role may only SELECT and INSERT; triggers refuse changes from anyone else too.
CREATE SCHEMA IF NOT EXISTS audit;
GRANT USAGE ON SCHEMA audit TO ${appRole};

CREATE TABLE audit.audit_entry (
    seq            BIGINT      PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,
    actor_roles    TEXT        NOT NULL,
    operation      TEXT        NOT NULL,
    record_refs    TEXT        NOT NULL,
    purpose        TEXT,
    recipient      TEXT,
    outcome        TEXT        NOT NULL,
    correlation_id TEXT        NOT NULL,
    detail         TEXT,
    prev_hash      TEXT        NOT NULL,
    hash           TEXT        NOT NULL
);
CREATE INDEX audit_entry_occurred ON audit.audit_entry (occurred_at);

CREATE TABLE audit.audit_checkpoint (
    seq        BIGINT      PRIMARY KEY,
    entry_hash TEXT        NOT NULL,
    signed_at  TIMESTAMPTZ NOT NULL,
    signature  TEXT        NOT NULL
);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit.audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit.audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE ALL ON audit.audit_entry, audit.audit_checkpoint FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_entry, audit.audit_checkpoint FROM ${appRole};
GRANT SELECT, INSERT ON audit.audit_entry, audit.audit_checkpoint TO ${appRole};
