-- Bulk mail (campaigns, samspil.outbox.bulk-categories) waits behind everything else: alerts and personal mails
-- enqueued during a big campaign leave first. The sender claims due rows in (bulk, id) order.
ALTER TABLE outbox_message ADD COLUMN bulk BOOLEAN NOT NULL DEFAULT false;
DROP INDEX outbox_message_due_idx;
CREATE INDEX outbox_message_due_idx ON outbox_message (bulk, id) WHERE status = 'PENDING';
