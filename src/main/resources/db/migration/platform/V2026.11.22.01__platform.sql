-- Platform: idempotency keys for POSTs and Spring Modulith's event publication registry (the outbox).
CREATE SCHEMA IF NOT EXISTS platform;
GRANT USAGE ON SCHEMA platform TO ${appRole};

CREATE TABLE platform.idempotency_key (
    owner          TEXT        NOT NULL,
    idem_key       TEXT        NOT NULL,
    method         TEXT        NOT NULL,
    path           TEXT        NOT NULL,
    request_hash   TEXT        NOT NULL,
    status         INT,
    content_type   TEXT,
    response_body  BYTEA,
    location       TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (owner, idem_key)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON platform.idempotency_key TO ${appRole};

CREATE TABLE IF NOT EXISTS public.event_publication (
    id                     UUID NOT NULL,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON public.event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON public.event_publication (completion_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON public.event_publication TO ${appRole};
