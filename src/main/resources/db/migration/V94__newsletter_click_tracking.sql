-- Click tracking, off until an administrator turns it on (one row of newsletter settings). A campaign sent while it is
-- on has its web links listed here: the mail links to a signed redirect naming the campaign and the link's position,
-- the redirect goes only to the address stored here, and counts the click (per link, never per person).
CREATE TABLE newsletter_setting (
    id             SMALLINT     PRIMARY KEY CHECK (id = 1),
    click_tracking BOOLEAN      NOT NULL DEFAULT false,
    updated_at     TIMESTAMPTZ,
    updated_by     VARCHAR(320)
);
INSERT INTO newsletter_setting (id) VALUES (1);

CREATE TABLE newsletter_link (
    campaign_id  BIGINT  NOT NULL REFERENCES newsletter_campaign (id) ON DELETE CASCADE,
    position     INT     NOT NULL CHECK (position >= 0),
    url          TEXT    NOT NULL,
    clicks       BIGINT  NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    PRIMARY KEY (campaign_id, position)
);
