-- Which alert mails the outbox gave up on: a subscriber is paused after a hard bounce, or when their latest
-- samspil.alerts.pause-after-failures alert mails all failed (there is no signal for a successful delivery, so
-- "in a row" means: no mail among the latest ones got through).
ALTER TABLE alert_delivery ADD COLUMN failed_at TIMESTAMPTZ;
