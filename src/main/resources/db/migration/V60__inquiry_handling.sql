-- Handling an inquiry: internal notes, forwarding to a colleague, replies to the inquirer sent through the outbox,
-- the inquirer's own answers picked up from the mailbox (idempotent by Message-ID), and closing with an outcome.
ALTER TABLE inquiry
    ADD COLUMN outcome     VARCHAR(30) CHECK (outcome IN ('ANSWERED', 'FORWARDED_TO_MUNICIPALITY', 'REFERRED', 'NO_ACTION')),
    ADD COLUMN answered_on DATE,
    ADD COLUMN closed_at   TIMESTAMPTZ,
    -- closed before outcomes existed: no outcome; closed from now on: always one (the service requires it)
    ADD CONSTRAINT inquiry_outcome_when_closed CHECK (outcome IS NULL OR status = 'CLOSED');

ALTER TABLE inquiry_event DROP CONSTRAINT inquiry_event_kind_check;
ALTER TABLE inquiry_event ADD CONSTRAINT inquiry_event_kind_check
    CHECK (kind IN ('RECEIVED', 'ASSIGNED', 'STATUS', 'RECEIPT', 'NOTE', 'FORWARDED', 'REPLIED', 'INCOMING', 'CLOSED'));

-- the case's notes and thread: NOTE (internal), FORWARD (to a colleague), REPLY (to the inquirer), INCOMING (from them)
CREATE TABLE inquiry_entry (
    id          BIGSERIAL PRIMARY KEY,
    inquiry_id  BIGINT        NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    kind        VARCHAR(10)   NOT NULL CHECK (kind IN ('NOTE', 'FORWARD', 'REPLY', 'INCOMING')),
    occurred_at TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(254),
    counterpart VARCHAR(254),
    body        TEXT          NOT NULL,
    message_id  VARCHAR(998)  UNIQUE,
    CHECK ((kind = 'INCOMING') = (message_id IS NOT NULL))
);
CREATE INDEX inquiry_entry_inquiry_idx ON inquiry_entry (inquiry_id, occurred_at);
