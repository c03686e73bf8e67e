-- Addresses no mail goes to, whichever module writes: hard bounces, repeated soft bounces, complaints. The outbox
-- sender checks it before every delivery; staff lift an entry (the person asked, the mailbox works again).
CREATE TABLE mail_suppression (
    email      VARCHAR(254) PRIMARY KEY CHECK (email = lower(email)),
    reason     VARCHAR(20)  NOT NULL CHECK (reason IN ('HARD_BOUNCE', 'SOFT_BOUNCES', 'COMPLAINT', 'STAFF')),
    detail     TEXT,
    created_at TIMESTAMPTZ  NOT NULL
);
