-- Identity: users, roles, teams, API tokens, terminals and need-to-know grants.
CREATE SCHEMA IF NOT EXISTS identity;
GRANT USAGE ON SCHEMA identity TO ${appRole};

CREATE TABLE identity.team (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE identity.app_user (
    id              BIGSERIAL PRIMARY KEY,
    username        TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    display_name    TEXT        NOT NULL,
    collar_number   TEXT,
    password_hash   TEXT        NOT NULL,
    totp_secret     TEXT,
    totp_enrolled   BOOLEAN     NOT NULL DEFAULT FALSE,
    last_totp_step  BIGINT      NOT NULL DEFAULT 0,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_logins   INT         NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    team_id         BIGINT REFERENCES identity.team (id),
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE identity.user_role (
    user_id BIGINT NOT NULL REFERENCES identity.app_user (id),
    role    TEXT   NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE identity.api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES identity.app_user (id),
    token_hash   TEXT        NOT NULL UNIQUE,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    revoked      BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE identity.terminal (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE,
    token_hash     TEXT    NOT NULL UNIQUE,
    secure_console BOOLEAN NOT NULL
);

-- Explicit need-to-know on a restricted record, for a user or a whole team.
CREATE TABLE identity.need_to_know (
    id          BIGSERIAL PRIMARY KEY,
    record_type TEXT   NOT NULL,
    record_id   BIGINT NOT NULL,
    user_id     BIGINT REFERENCES identity.app_user (id),
    team_id     BIGINT REFERENCES identity.team (id),
    CHECK ((user_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX need_to_know_record ON identity.need_to_know (record_type, record_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity TO ${appRole};
