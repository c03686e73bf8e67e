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

-- One brake on every mail a public form can trigger (MailThrottle, samspil.mail-throttle.*): one row per recipient
-- and topic and one per client address, keyed by the SHA-256 of the key so that no address is stored. Replaces the
-- per-module intervals: engagement_interest.mail_sent_at served only that; alert_subscriber.confirmation_sent_at
-- stays, as the date staff see.
CREATE UNLOGGED TABLE mail_throttle
(
    throttle_key TEXT PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INT                      NOT NULL
);
CREATE INDEX mail_throttle_window_idx ON mail_throttle (window_start);

ALTER TABLE engagement_interest DROP COLUMN mail_sent_at;
