-- Bounces read from the bounce mailbox: one row per bounce mail and recipient (the Message-ID of the bounce makes a
-- second read of the same mail change nothing). HARD: the address does not exist (5.x.x); SOFT: try later (4.x.x).
CREATE TABLE newsletter_bounce (
    id          BIGSERIAL PRIMARY KEY,
    message_id  VARCHAR(998) NOT NULL,
    email       VARCHAR(254) NOT NULL,
    kind        VARCHAR(4)   NOT NULL CHECK (kind IN ('HARD', 'SOFT')),
    status      VARCHAR(20),
    detail      TEXT,
    received_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (message_id, email)
);
CREATE INDEX newsletter_bounce_email ON newsletter_bounce (lower(email), received_at);
