-- Registrations for engagement events, the waiting list (same table, status WAITING/OFFERED), one-to-one dialogue
-- slots, reminder markers and attendance; and optional attachments (e.g. a text/calendar invitation) in the outbox.

CREATE TABLE engagement_event_slot (
    id        BIGSERIAL PRIMARY KEY,
    event_id  BIGINT      NOT NULL REFERENCES engagement_event (id) ON DELETE CASCADE,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at),
    UNIQUE (event_id, starts_at)
);

CREATE TABLE engagement_registration (
    id               BIGSERIAL PRIMARY KEY,
    event_id         BIGINT      NOT NULL REFERENCES engagement_event (id) ON DELETE CASCADE,
    name             TEXT        NOT NULL,
    company          TEXT        NOT NULL,
    cvr              TEXT,
    email            TEXT        NOT NULL,
    participants     INT         NOT NULL CHECK (participants > 0),
    needs            TEXT        NOT NULL DEFAULT '',
    -- CONFIRMED and OFFERED hold seats; WAITING queues by id; an OFFERED seat goes back when offer_expires_at passes
    status           TEXT        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'EXPIRED')),
    offer_expires_at TIMESTAMPTZ,
    slot_id          BIGINT REFERENCES engagement_event_slot (id) ON DELETE SET NULL,
    attended         BOOLEAN     NOT NULL DEFAULT FALSE,
    reminder_sent_at TIMESTAMPTZ,
    -- iCalendar SEQUENCE of the invitation last sent to this registrant
    ics_sequence     INT         NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CHECK (status <> 'OFFERED' OR offer_expires_at IS NOT NULL)
);
-- one active registration per address and event; a cancelled registrant may sign up again
CREATE UNIQUE INDEX engagement_registration_email
    ON engagement_registration (event_id, lower(email)) WHERE status IN ('CONFIRMED', 'WAITING', 'OFFERED');
-- each slot is booked at most once
CREATE UNIQUE INDEX engagement_registration_slot
    ON engagement_registration (slot_id) WHERE slot_id IS NOT NULL AND status = 'CONFIRMED';
CREATE INDEX engagement_registration_event ON engagement_registration (event_id, status, id);
CREATE INDEX engagement_registration_offer ON engagement_registration (offer_expires_at) WHERE status = 'OFFERED';

-- Extra MIME parts of an outbox message: [{"name", "contentType", "base64"}]
ALTER TABLE outbox_message ADD COLUMN attachments JSONB NOT NULL DEFAULT '[]'::jsonb;
