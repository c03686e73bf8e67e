-- Retention of the inquirer's personal data: a closed inquiry is anonymised samspil.inquiries.retention after closing
-- (name, e-mail, phone, message and the thread's texts removed; case number, dates, channel, topic and CVR kept for
-- the figures).
ALTER TABLE inquiry ADD COLUMN anonymised_at TIMESTAMPTZ;
CREATE INDEX inquiry_retention_idx ON inquiry (closed_at) WHERE status = 'CLOSED' AND anonymised_at IS NULL;
