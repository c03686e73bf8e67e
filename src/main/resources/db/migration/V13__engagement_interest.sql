-- Expressions of interest in public planned procurements, with opt-in partner finding. One row per entry and e-mail
-- address. Withdrawing an interest deletes its row: nothing personal is kept, and the counts are of current interests.
CREATE TABLE engagement_interest (
    id                     BIGSERIAL PRIMARY KEY,
    -- the pipeline's public key; no foreign key across modules
    procurement_reference  TEXT        NOT NULL,
    company_name           TEXT        NOT NULL,
    company_cvr            TEXT        NOT NULL CHECK (company_cvr ~ '^[1-9][0-9]{7}$'),
    contact_name           TEXT        NOT NULL,
    email                  TEXT        NOT NULL,
    phone                  TEXT,
    lots                   INT[]       NOT NULL DEFAULT '{}',
    note                   TEXT,
    -- chosen when expressing interest; kept when visibility is withdrawn, so staff can count partnerships sought
    partner_sought         BOOLEAN     NOT NULL DEFAULT FALSE,
    -- visible to the other visible, confirmed companies on the same entry
    partner_visible        BOOLEAN     NOT NULL DEFAULT FALSE,
    capabilities           TEXT,
    seeking                TEXT,
    language               TEXT        NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
    status                 TEXT        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED')),
    created_at             TIMESTAMPTZ NOT NULL,
    confirmed_at           TIMESTAMPTZ,
    -- at most one mail per samspil.engagement.interest.mail-interval
    mail_sent_at           TIMESTAMPTZ,
    -- proof of consent: which text was shown, when, from where and through which channel
    consent_text_version   TEXT        NOT NULL,
    consent_at             TIMESTAMPTZ NOT NULL,
    consent_client_address TEXT,
    consent_source         TEXT        NOT NULL CHECK (consent_source IN ('WEB', 'API')),
    confirm_client_address TEXT,
    CHECK (partner_sought OR NOT partner_visible),
    CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
CREATE UNIQUE INDEX engagement_interest_email ON engagement_interest (procurement_reference, lower(email));
CREATE INDEX engagement_interest_pending ON engagement_interest (created_at) WHERE status = 'PENDING';
