-- Identity, issue 13 (ADRs 0043, 0044): maker-checker role changes, enrolment codes from a second
-- administrator, and need-to-know grants with a granter, an expiry and a revocation.

-- Who made an account: NULL for accounts made at start-up (the demo force); an account an
-- administrator made enrols its second factor only with a code from another administrator.
ALTER TABLE identity.app_user ADD COLUMN created_by BIGINT REFERENCES identity.app_user (id);

-- A role asked for by one administrator and granted only when a second one approves it.
CREATE TABLE identity.role_change (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT      NOT NULL REFERENCES identity.app_user (id),
    role          TEXT        NOT NULL,
    requested_by  BIGINT      NOT NULL REFERENCES identity.app_user (id),
    requested_at  TIMESTAMPTZ NOT NULL,
    reason        TEXT,
    state         TEXT        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by    BIGINT REFERENCES identity.app_user (id),
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    CONSTRAINT role_change_not_for_oneself CHECK (requested_by <> user_id),
    CONSTRAINT role_change_four_eyes CHECK (decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> user_id)),
    CONSTRAINT role_change_decided CHECK ((state = 'PENDING') = (decided_by IS NULL))
);
CREATE UNIQUE INDEX role_change_one_pending ON identity.role_change (user_id, role) WHERE state = 'PENDING';
CREATE INDEX role_change_state ON identity.role_change (state, requested_at);

-- One-time codes that let a new account enrol its authenticator; only the SHA-256 is kept.
CREATE TABLE identity.enrolment_code (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES identity.app_user (id),
    code_hash   TEXT        NOT NULL,
    issued_by   BIGINT      NOT NULL REFERENCES identity.app_user (id),
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    redeemed_at TIMESTAMPTZ,
    CONSTRAINT enrolment_code_not_for_oneself CHECK (issued_by <> user_id)
);
CREATE INDEX enrolment_code_user ON identity.enrolment_code (user_id);

-- Need-to-know grants: who granted, until when, why; revoked ones are kept.
ALTER TABLE identity.need_to_know
    ADD COLUMN granted_by BIGINT REFERENCES identity.app_user (id),
    ADD COLUMN granted_at TIMESTAMPTZ,
    ADD COLUMN expires_at TIMESTAMPTZ,
    ADD COLUMN reason     TEXT,
    ADD COLUMN revoked_by BIGINT REFERENCES identity.app_user (id),
    ADD COLUMN revoked_at TIMESTAMPTZ;
-- grants made before expiries existed run for 30 days from now, then need granting again
UPDATE identity.need_to_know SET granted_at = now(), expires_at = now() + INTERVAL '30 days' WHERE expires_at IS NULL;
ALTER TABLE identity.need_to_know
    ALTER COLUMN granted_at SET NOT NULL,
    ALTER COLUMN expires_at SET NOT NULL,
    ADD CONSTRAINT need_to_know_not_to_oneself CHECK (granted_by IS NULL OR user_id IS NULL OR granted_by <> user_id),
    ADD CONSTRAINT need_to_know_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL));
CREATE INDEX need_to_know_user ON identity.need_to_know (user_id);

GRANT SELECT, INSERT, UPDATE ON identity.role_change, identity.enrolment_code TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity TO ${appRole};
