-- Tender news, the tender-news list (a newsletter list owned by tendernews): each subscriber's choices of CPV areas
-- and regions and how often they hear, and which notices each address has been sent, so a notice goes out once.

CREATE TABLE tender_news_choice (
    email        VARCHAR(254) PRIMARY KEY, -- lower case, as the newsletter's people
    cpv_codes    TEXT[]       NOT NULL,    -- 8-digit CPV codes; a notice matches a code's area (its digits before the trailing zeros)
    nuts_codes   TEXT[]       NOT NULL,    -- regions (NUTS); empty means everywhere
    frequency    VARCHAR(10)  NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
    since        TIMESTAMPTZ  NOT NULL,    -- notices imported from then on are news for this subscriber
    last_sent_at TIMESTAMPTZ,
    updated_by   VARCHAR(254) NOT NULL,    -- the staff member, or 'self' for the subscriber's own sign-up
    updated_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE tender_news_sent (
    email          VARCHAR(254) NOT NULL,
    notice_row_id  BIGINT       NOT NULL REFERENCES tender_notice (id) ON DELETE CASCADE,
    sent_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (email, notice_row_id)
);
