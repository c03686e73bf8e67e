-- Alerts: subscribers (one per e-mail address), their subscriptions and the consent log.

CREATE TABLE alert_subscriber (
    id                   BIGSERIAL PRIMARY KEY,
    email                TEXT        NOT NULL,
    name                 TEXT,
    company_cvr          TEXT,
    language             TEXT        NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
    created_at           TIMESTAMPTZ NOT NULL,
    -- set by the sending side (hard bounces, repeated permanent failures): nothing is sent while paused
    paused_at            TIMESTAMPTZ,
    pause_reason         TEXT,
    -- part of every manage link's subject; raising it revokes all manage links sent so far
    link_version         INT         NOT NULL DEFAULT 1,
    -- at most one confirmation mail per subscriber per samspil.alerts.confirmation-mail-interval
    confirmation_sent_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX alert_subscriber_email ON alert_subscriber (lower(email));

-- Every insert and update of a subscription takes a new number, deletions leave a tombstone with one: an in-memory
-- index catches up with "WHERE change_seq > last seen" on both tables, whichever instance made the change.
CREATE SEQUENCE alert_subscription_change_seq;

CREATE TABLE alert_subscription (
    id                    BIGSERIAL PRIMARY KEY,
    subscriber_id         BIGINT      NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    kind                  TEXT        NOT NULL CHECK (kind IN ('CRITERIA', 'FOLLOW')),
    procurement_reference TEXT,
    cpv_codes             TEXT[]      NOT NULL DEFAULT '{}',
    keywords              TEXT[]      NOT NULL DEFAULT '{}',
    excluded_keywords     TEXT[]      NOT NULL DEFAULT '{}',
    buying_units          TEXT[]      NOT NULL DEFAULT '{}',
    min_value_dkk         NUMERIC(15, 2),
    max_value_dkk         NUMERIC(15, 2),
    sme_suitable_only     BOOLEAN     NOT NULL DEFAULT FALSE,
    notify_on             TEXT[]      NOT NULL,
    frequency             TEXT        NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'WEEKLY')),
    status                TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'PAUSED')),
    created_at            TIMESTAMPTZ NOT NULL,
    confirmed_at          TIMESTAMPTZ,
    change_seq            BIGINT      NOT NULL DEFAULT nextval('alert_subscription_change_seq'),
    CHECK ((kind = 'FOLLOW') = (procurement_reference IS NOT NULL)),
    CHECK (notify_on <@ ARRAY ['NEW_ENTRY', 'MATERIAL_CHANGE', 'EVENT_ANNOUNCED', 'TENDER_PUBLISHED', 'REMINDER']),
    CHECK (min_value_dkk IS NULL OR max_value_dkk IS NULL OR min_value_dkk <= max_value_dkk)
);
CREATE INDEX alert_subscription_subscriber ON alert_subscription (subscriber_id);
CREATE INDEX alert_subscription_change ON alert_subscription (change_seq);
CREATE INDEX alert_subscription_cpv ON alert_subscription USING GIN (cpv_codes);
CREATE INDEX alert_subscription_follow ON alert_subscription (procurement_reference) WHERE kind = 'FOLLOW';
CREATE INDEX alert_subscription_pending ON alert_subscription (created_at) WHERE status = 'PENDING';

CREATE TABLE alert_subscription_tombstone (
    subscription_id BIGINT      NOT NULL,
    change_seq      BIGINT      NOT NULL,
    deleted_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX alert_subscription_tombstone_change ON alert_subscription_tombstone (change_seq);

CREATE FUNCTION alert_subscription_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO alert_subscription_tombstone (subscription_id, change_seq, deleted_at)
        VALUES (OLD.id, nextval('alert_subscription_change_seq'), now());
        RETURN OLD;
    END IF;
    NEW.change_seq := nextval('alert_subscription_change_seq');
    RETURN NEW;
END $$;

CREATE TRIGGER alert_subscription_update BEFORE UPDATE ON alert_subscription
    FOR EACH ROW EXECUTE FUNCTION alert_subscription_changed();
CREATE TRIGGER alert_subscription_delete AFTER DELETE ON alert_subscription
    FOR EACH ROW EXECUTE FUNCTION alert_subscription_changed();

-- Proof of consent. Rows outlive the subscription (no foreign key). When a subscriber erases their data, the e-mail
-- and client address are removed and only email_hash (SHA-256 of the lower-cased address) remains.
CREATE TABLE alert_consent (
    id              BIGSERIAL PRIMARY KEY,
    email           TEXT,
    email_hash      TEXT        NOT NULL,
    subscription_id BIGINT      NOT NULL,
    action          TEXT        NOT NULL CHECK (action IN ('GIVEN', 'CONFIRMED', 'WITHDRAWN')),
    at              TIMESTAMPTZ NOT NULL,
    client_address  TEXT,
    text_version    TEXT        NOT NULL,
    source          TEXT        NOT NULL CHECK (source IN ('WEB', 'API', 'FOLLOW'))
);
CREATE INDEX alert_consent_email_hash ON alert_consent (email_hash);
