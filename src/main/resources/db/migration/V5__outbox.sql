-- A message may name its own sender (e.g. the business centre instead of the municipality); NULL means the
-- configured samspil.mail.from-name.
ALTER TABLE outbox_message ADD COLUMN from_name TEXT;
