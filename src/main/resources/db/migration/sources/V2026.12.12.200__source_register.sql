-- The register of covert human intelligence sources (ADR 0104, 0105). A source is held under a
-- pseudonym and a random reference; its true identity lives in a table of its own, read only through
-- the use case that lets the source's handler, controller and the source registrars see it. The
-- authorisations (RIPA s.29), their reviews and the contact log are append-only but for the one
-- cancellation of an authorisation; nothing here is ever deleted.
CREATE SCHEMA IF NOT EXISTS sources;
GRANT USAGE ON SCHEMA sources TO ${appRole};

CREATE TABLE sources.source (
    id                  BIGSERIAL PRIMARY KEY,
    reference           TEXT        NOT NULL UNIQUE,
    pseudonym           TEXT        NOT NULL,
    handler_user_id     BIGINT      NOT NULL,
    controller_user_id  BIGINT      NOT NULL CHECK (controller_user_id <> handler_user_id),
    registered_by       TEXT        NOT NULL,
    registered_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX source_handler_idx ON sources.source (handler_user_id);
CREATE INDEX source_controller_idx ON sources.source (controller_user_id);

CREATE TABLE sources.true_identity (
    source_id       BIGINT PRIMARY KEY REFERENCES sources.source (id),
    full_name       TEXT NOT NULL,
    date_of_birth   DATE NOT NULL,
    address         TEXT NOT NULL,
    contact_details TEXT NOT NULL
);

CREATE TABLE sources.authorisation (
    id                   BIGSERIAL PRIMARY KEY,
    source_id            BIGINT      NOT NULL REFERENCES sources.source (id),
    renewal_of           BIGINT REFERENCES sources.authorisation (id),
    granted_by           TEXT        NOT NULL,
    granted_by_user_id   BIGINT      NOT NULL,
    granted_at           TIMESTAMPTZ NOT NULL,
    starts_at            TIMESTAMPTZ NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL CHECK (expires_at > starts_at),
    juvenile             BOOLEAN     NOT NULL,
    review_interval_days INT         NOT NULL CHECK (review_interval_days BETWEEN 1 AND 366),
    grounds              TEXT        NOT NULL,
    cancelled_at         TIMESTAMPTZ,
    cancelled_by         TEXT,
    cancellation_reason  TEXT,
    CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL)),
    CHECK ((cancelled_at IS NULL) = (cancellation_reason IS NULL))
);
CREATE INDEX authorisation_source_idx ON sources.authorisation (source_id, id);

CREATE TABLE sources.review (
    id               BIGSERIAL PRIMARY KEY,
    authorisation_id BIGINT      NOT NULL REFERENCES sources.authorisation (id),
    reviewed_by      TEXT        NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL,
    note             TEXT        NOT NULL
);
CREATE INDEX review_authorisation_idx ON sources.review (authorisation_id, reviewed_at);

CREATE TABLE sources.contact (
    id                     BIGSERIAL PRIMARY KEY,
    source_id              BIGINT      NOT NULL REFERENCES sources.source (id),
    authorisation_id       BIGINT      NOT NULL REFERENCES sources.authorisation (id),
    met_at                 TIMESTAMPTZ NOT NULL,
    handler                TEXT        NOT NULL,
    summary                TEXT        NOT NULL,
    tasking                TEXT,
    intelligence_report_id BIGINT,
    logged_by              TEXT        NOT NULL,
    logged_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX contact_source_idx ON sources.contact (source_id, met_at DESC);

CREATE FUNCTION sources.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the source register is append-only';
END;
$$;

CREATE TRIGGER true_identity_append_only BEFORE UPDATE OR DELETE ON sources.true_identity
    FOR EACH ROW EXECUTE FUNCTION sources.refuse_change();
CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON sources.review
    FOR EACH ROW EXECUTE FUNCTION sources.refuse_change();
CREATE TRIGGER contact_append_only BEFORE UPDATE OR DELETE ON sources.contact
    FOR EACH ROW EXECUTE FUNCTION sources.refuse_change();

GRANT SELECT, INSERT ON sources.source, sources.true_identity, sources.authorisation, sources.review,
    sources.contact TO ${appRole};
-- a handler or controller is replaced by the registrar; an authorisation is cancelled once
GRANT UPDATE (handler_user_id, controller_user_id) ON sources.source TO ${appRole};
GRANT UPDATE (cancelled_at, cancelled_by, cancellation_reason) ON sources.authorisation TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA sources TO ${appRole};
