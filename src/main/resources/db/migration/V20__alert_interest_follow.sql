-- A follow started by a confirmed expression of interest ends when the interest is withdrawn; a follow the
-- subscriber made themselves stays.
ALTER TABLE alert_subscription
    ADD COLUMN from_interest BOOLEAN NOT NULL DEFAULT false;
