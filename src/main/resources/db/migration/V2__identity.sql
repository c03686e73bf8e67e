-- Staff identity: users, their roles, personal API tokens and one-time set-up links.

CREATE TABLE staff_user
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email            TEXT                     NOT NULL,
    name             TEXT                     NOT NULL,
    password_hash    TEXT,
    active           BOOLEAN                  NOT NULL DEFAULT TRUE,
    failed_logins    INT                      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX staff_user_email_uq ON staff_user (lower(email));

CREATE TABLE staff_user_role
(
    user_id BIGINT NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    role    TEXT   NOT NULL CHECK (role IN ('ADMIN', 'PROCUREMENT', 'CONSULTANT', 'MANAGEMENT', 'CASEWORKER', 'JOBCENTER')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE api_token
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT                   NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    name         TEXT                     NOT NULL,
    token_hash   TEXT                     NOT NULL UNIQUE,
    prefix       TEXT                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
