-- One-time links that let the operator create the first administrator when none exists.
-- Only the SHA-256 hash of the token is stored; the link itself is printed once in the log.

CREATE TABLE setup_token
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash TEXT                     NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
