-- Engagement events: market dialogue meetings, OPI workshops, information meetings and one-to-one dialogue slots,
-- linked to planned procurements (by reference, the pipeline's public key) and/or a theme.
CREATE TABLE engagement_event (
    id                    BIGSERIAL PRIMARY KEY,
    type                  TEXT        NOT NULL
        CHECK (type IN ('MARKET_DIALOGUE', 'OPI_WORKSHOP', 'INFORMATION_MEETING', 'DIALOGUE_SLOTS')),
    title                 TEXT        NOT NULL,
    description           TEXT        NOT NULL DEFAULT '',
    starts_at             TIMESTAMPTZ NOT NULL,
    ends_at               TIMESTAMPTZ NOT NULL,
    place                 TEXT,
    online_url            TEXT,
    -- seats for participants; NULL means no limit
    capacity              INT,
    registration_deadline TIMESTAMPTZ,
    theme                 TEXT,
    -- DRAFT is visible to staff only; PUBLISHED is public and announced; CANCELLED stays visible with the reason
    status                TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    cancel_reason         TEXT,
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    published_at          TIMESTAMPTZ,
    CHECK (ends_at > starts_at),
    CHECK (place IS NOT NULL OR online_url IS NOT NULL),
    CHECK (capacity IS NULL OR capacity > 0),
    CHECK (registration_deadline IS NULL OR registration_deadline <= starts_at)
);
CREATE INDEX engagement_event_upcoming ON engagement_event (starts_at) WHERE status = 'PUBLISHED';
CREATE INDEX engagement_event_theme ON engagement_event (lower(theme)) WHERE theme IS NOT NULL;

CREATE TABLE engagement_event_procurement (
    event_id              BIGINT NOT NULL REFERENCES engagement_event (id) ON DELETE CASCADE,
    procurement_reference TEXT   NOT NULL,
    PRIMARY KEY (event_id, procurement_reference)
);
CREATE INDEX engagement_event_procurement_reference ON engagement_event_procurement (procurement_reference);
