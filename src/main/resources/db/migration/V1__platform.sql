-- Platform: event publication registry (Spring Modulith), HTTP sessions (Spring Session JDBC),
-- audit log, mail outbox, rate limiting and platform secrets.

CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE spring_session
(
    primary_id            CHAR(36) NOT NULL PRIMARY KEY,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes
(
    session_primary_id CHAR(36)     NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);

CREATE TABLE audit_entry
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_type  TEXT                     NOT NULL CHECK (actor_type IN ('USER', 'TOKEN', 'ANONYMOUS', 'SYSTEM')),
    actor       TEXT                     NOT NULL,
    action      TEXT                     NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    entity_type TEXT                     NOT NULL,
    entity_id   TEXT                     NOT NULL,
    changes     JSONB                    NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_actor_idx ON audit_entry (lower(actor));
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC);

CREATE TABLE outbox_message
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    category        TEXT                     NOT NULL,
    recipient       TEXT                     NOT NULL,
    subject         TEXT                     NOT NULL,
    body_text       TEXT                     NOT NULL,
    body_html       TEXT,
    headers         JSONB                    NOT NULL DEFAULT '{}'::jsonb,
    message_id      TEXT                     NOT NULL UNIQUE,
    status          TEXT                     NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT                      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      TEXT
);
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_message_recipient_idx ON outbox_message (lower(recipient));

CREATE TABLE outbox_attempt
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id   BIGINT                   NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      TEXT                     NOT NULL CHECK (outcome IN ('SENT', 'TEMPORARY_FAILURE', 'PERMANENT_FAILURE')),
    detail       TEXT,
    instance     TEXT                     NOT NULL
);
CREATE INDEX outbox_attempt_message_idx ON outbox_attempt (message_id);

CREATE UNLOGGED TABLE rate_limit_bucket
(
    bucket_key   TEXT                     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INT                      NOT NULL,
    PRIMARY KEY (bucket_key, window_start)
);

CREATE TABLE platform_secret
(
    name       TEXT PRIMARY KEY,
    value      TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
