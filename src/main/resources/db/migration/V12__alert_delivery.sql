-- One row per subscriber, news item and kind: the unique key makes matching idempotent (a replayed event inserts
-- nothing new), and several subscriptions of one subscriber collapse into one row.
CREATE TABLE alert_delivery (
    id                    BIGSERIAL PRIMARY KEY,
    subscriber_id         BIGINT      NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    procurement_reference TEXT        NOT NULL,
    kind                  TEXT        NOT NULL
        CHECK (kind IN ('NEW_ENTRY', 'MATERIAL_CHANGE', 'EVENT_ANNOUNCED', 'TENDER_PUBLISHED', 'REMINDER')),
    -- what happened: 'change:<change id>', 'event:<id>', 'reminder:<expected date>' ...
    change_key            TEXT        NOT NULL,
    frequency             TEXT        NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    -- everything needed to write the mail later without reading other modules: title, state, changes, reasons
    content               JSONB       NOT NULL,
    -- PENDING: waits for its digest; QUEUED: in the outbox (outbox_id); SKIPPED: not sent, skip_reason says why
    status                TEXT        NOT NULL CHECK (status IN ('PENDING', 'QUEUED', 'SKIPPED')),
    skip_reason           TEXT,
    outbox_id             BIGINT,
    created_at            TIMESTAMPTZ NOT NULL,
    queued_at             TIMESTAMPTZ,
    UNIQUE (subscriber_id, procurement_reference, kind, change_key)
);
CREATE INDEX alert_delivery_pending ON alert_delivery (frequency, subscriber_id) WHERE status = 'PENDING';
CREATE INDEX alert_delivery_subscriber ON alert_delivery (subscriber_id, created_at DESC);
CREATE INDEX alert_delivery_outbox ON alert_delivery (outbox_id) WHERE outbox_id IS NOT NULL;
