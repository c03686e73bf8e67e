-- Newsletters: lists, each person's consent per list with its full history, campaigns and who got them.
-- A person is the alerts module's subscriber (one per e-mail address across Samspil); used_by names the modules that
-- keep the person, so alerts' clean-up of never-confirmed subscribers leaves newsletter subscribers alone.
ALTER TABLE alert_subscriber ADD COLUMN used_by TEXT[] NOT NULL DEFAULT '{}';

CREATE TABLE newsletter_list (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    purpose       TEXT         NOT NULL,
    -- PUBLIC: offered at /nyhedsbrev; INTERNAL: only staff add people (e.g. partners of a network)
    visibility    VARCHAR(10)  NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    double_opt_in BOOLEAN      NOT NULL,
    -- marketing in the sense of markedsføringsloven § 10: reklamebeskyttelse applies
    marketing     BOOLEAN      NOT NULL,
    -- the version of the consent text people agree to; raised when the purpose text changes
    text_version  VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX newsletter_list_name ON newsletter_list (lower(name));

-- One sign-up (the public form or the API): one confirmation mail confirms all the lists asked for at once.
CREATE TABLE newsletter_signup (
    id            BIGSERIAL PRIMARY KEY,
    subscriber_id BIGINT      NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL,
    confirmed_at  TIMESTAMPTZ
);

CREATE TABLE newsletter_subscription (
    id              BIGSERIAL PRIMARY KEY,
    list_id         BIGINT      NOT NULL REFERENCES newsletter_list (id) ON DELETE CASCADE,
    subscriber_id   BIGINT      NOT NULL REFERENCES alert_subscriber (id) ON DELETE CASCADE,
    status          VARCHAR(12) NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')),
    -- CONSENT (markedsføringsloven § 10, stk. 1) or CUSTOMER (an existing customer relationship, § 10, stk. 2)
    legal_basis     VARCHAR(12) NOT NULL CHECK (legal_basis IN ('CONSENT', 'CUSTOMER')),
    signup_id       BIGINT      REFERENCES newsletter_signup (id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    confirmed_at    TIMESTAMPTZ,
    unsubscribed_at TIMESTAMPTZ,
    UNIQUE (list_id, subscriber_id)
);
CREATE INDEX newsletter_subscription_subscriber ON newsletter_subscription (subscriber_id);
CREATE INDEX newsletter_subscription_active ON newsletter_subscription (list_id) WHERE status = 'ACTIVE';

-- Proof of consent per list: when, how (method), which text version, from where (source). Rows outlive the
-- subscription; erasing the person leaves only email_hash (SHA-256 of the lower-cased address).
CREATE TABLE newsletter_consent (
    id             BIGSERIAL PRIMARY KEY,
    list_id        BIGINT      NOT NULL,
    subscriber_id  BIGINT      REFERENCES alert_subscriber (id) ON DELETE SET NULL,
    email_hash     VARCHAR(64) NOT NULL,
    action         VARCHAR(10) NOT NULL CHECK (action IN ('GIVEN', 'CONFIRMED', 'WITHDRAWN')),
    at             TIMESTAMPTZ NOT NULL,
    method         VARCHAR(20) NOT NULL CHECK (method IN ('WEB_FORM', 'API', 'PREFERENCES', 'ONE_CLICK',
                                                           'UNSUBSCRIBE_PAGE', 'CONFIRM_LINK', 'STAFF', 'IMPORT')),
    text_version   VARCHAR(40) NOT NULL,
    source         TEXT        NOT NULL,
    client_address TEXT,
    campaign_id    BIGINT
);
CREATE INDEX newsletter_consent_subscriber ON newsletter_consent (subscriber_id, at);
CREATE INDEX newsletter_consent_campaign ON newsletter_consent (campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE newsletter_campaign (
    id           BIGSERIAL PRIMARY KEY,
    subject      VARCHAR(200) NOT NULL,
    markdown     TEXT         NOT NULL,
    segment_id   UUID,
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT')),
    scheduled_at TIMESTAMPTZ,
    sent_at      TIMESTAMPTZ,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    CHECK (status <> 'SCHEDULED' OR scheduled_at IS NOT NULL)
);
CREATE INDEX newsletter_campaign_due ON newsletter_campaign (scheduled_at) WHERE status = 'SCHEDULED';

CREATE TABLE newsletter_campaign_list (
    campaign_id BIGINT NOT NULL REFERENCES newsletter_campaign (id) ON DELETE CASCADE,
    list_id     BIGINT NOT NULL REFERENCES newsletter_list (id),
    PRIMARY KEY (campaign_id, list_id)
);

-- One row per campaign and person: the primary key makes "exactly one mail per recipient" hold even when a send is
-- repeated. SKIPPED rows say why a person on the lists got nothing.
CREATE TABLE newsletter_delivery (
    campaign_id   BIGINT       NOT NULL REFERENCES newsletter_campaign (id) ON DELETE CASCADE,
    subscriber_id BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('QUEUED', 'SKIPPED')),
    skip_reason   VARCHAR(30),
    outbox_id     BIGINT,
    bounced_at    TIMESTAMPTZ,
    PRIMARY KEY (campaign_id, subscriber_id)
);
CREATE INDEX newsletter_delivery_outbox ON newsletter_delivery (outbox_id) WHERE outbox_id IS NOT NULL;
CREATE INDEX newsletter_delivery_email ON newsletter_delivery (lower(email));
