-- Directed surveillance authorisations under RIPA 2000 Part II, within an operation (ADR 0102):
-- applied for by a member, granted by the named authorising officer, in force 3 months from the
-- grant, reviewed at a configured interval, renewed for 3 months from the expiry, cancelled. A
-- cancelled or expired authorisation allows no further use: the application refuses every action.
CREATE TABLE covert.authorisation (
    id                     BIGINT      PRIMARY KEY CHECK (id > 0),
    operation_id           BIGINT      NOT NULL REFERENCES covert.operation (id),
    applicant_id           BIGINT      NOT NULL,
    applicant              TEXT        NOT NULL,
    authorising_officer_id BIGINT      NOT NULL,
    grounds                TEXT        NOT NULL CHECK (length(trim(grounds)) > 0),
    necessity              TEXT        NOT NULL CHECK (length(trim(necessity)) > 0),
    proportionality        TEXT        NOT NULL CHECK (length(trim(proportionality)) > 0),
    applied_at             TIMESTAMPTZ NOT NULL,
    granted_at             TIMESTAMPTZ,
    expires_at             TIMESTAMPTZ,
    cancelled_at           TIMESTAMPTZ,
    cancelled_by           TEXT,
    cancellation_reason    TEXT,
    CHECK ((granted_at IS NULL) = (expires_at IS NULL)),
    CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL))
);
CREATE INDEX authorisation_operation ON covert.authorisation (operation_id, applied_at);
CREATE INDEX authorisation_officer ON covert.authorisation (authorising_officer_id) WHERE cancelled_at IS NULL;

-- Reviews, renewals and each use (a surveillance activity recorded under the authorisation), append-only.
CREATE TABLE covert.authorisation_review (
    id               BIGSERIAL   PRIMARY KEY,
    authorisation_id BIGINT      NOT NULL REFERENCES covert.authorisation (id),
    outcome          TEXT        NOT NULL CHECK (outcome IN ('CONTINUE', 'CANCEL')),
    notes            TEXT        NOT NULL CHECK (length(trim(notes)) > 0),
    reviewed_by      TEXT        NOT NULL,
    reviewed_at      TIMESTAMPTZ NOT NULL
);
CREATE TABLE covert.authorisation_renewal (
    id               BIGSERIAL   PRIMARY KEY,
    authorisation_id BIGINT      NOT NULL REFERENCES covert.authorisation (id),
    expires_before   TIMESTAMPTZ NOT NULL,
    expires_after    TIMESTAMPTZ NOT NULL,
    renewed_by       TEXT        NOT NULL,
    renewed_at       TIMESTAMPTZ NOT NULL
);
CREATE TABLE covert.authorisation_use (
    id               BIGSERIAL   PRIMARY KEY,
    authorisation_id BIGINT      NOT NULL REFERENCES covert.authorisation (id),
    activity         TEXT        NOT NULL CHECK (length(trim(activity)) > 0),
    recorded_by      TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX authorisation_review_of ON covert.authorisation_review (authorisation_id, id);
CREATE INDEX authorisation_renewal_of ON covert.authorisation_renewal (authorisation_id, id);
CREATE INDEX authorisation_use_of ON covert.authorisation_use (authorisation_id, id);

GRANT SELECT, INSERT, UPDATE ON covert.authorisation TO ${appRole};
GRANT SELECT, INSERT ON covert.authorisation_review, covert.authorisation_renewal, covert.authorisation_use TO ${appRole};
GRANT USAGE, SELECT ON SEQUENCE covert.authorisation_review_id_seq, covert.authorisation_renewal_id_seq,
    covert.authorisation_use_id_seq TO ${appRole};
