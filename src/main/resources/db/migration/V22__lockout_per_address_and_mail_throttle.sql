-- Lock-out per account and client address (issue 10): a stranger's wrong passwords lock out the stranger's address,
-- not the account. Replaces the per-account counter and lock on staff_user.
CREATE TABLE login_failure
(
    user_id         BIGINT                   NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
    client_address  TEXT                     NOT NULL,
    -- wrong passwords in a row from this address since the last lock (or success)
    failures        INT                      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, client_address)
);
CREATE INDEX login_failure_last_failure_idx ON login_failure (last_failure_at);

ALTER TABLE staff_user DROP COLUMN failed_logins;
ALTER TABLE staff_user DROP COLUMN locked_until;
