-- Tender news: published eForms notices (PIN, contract, award, change, E1 pre-market consultation) read from
-- uploads, a watched folder or a feed; their lots and award results; the changes that change notices made.

CREATE TABLE tender_notice (
    id                   BIGSERIAL PRIMARY KEY,
    notice_id            VARCHAR(64)   NOT NULL, -- BT-701
    notice_version       VARCHAR(10)   NOT NULL, -- BT-757
    kind                 VARCHAR(20)   NOT NULL, -- PRIOR_INFORMATION, CONTRACT, AWARD, CONSULTATION, OTHER
    form_type            VARCHAR(40)   NOT NULL, -- the list name of the notice type: planning, competition, result ...
    notice_type          VARCHAR(40)   NOT NULL, -- BT-02: pin-only, cn-standard, can-standard, pmc ...
    subtype              VARCHAR(10)   NOT NULL, -- OPP-070
    issue_date           DATE,
    buyer_name           VARCHAR(400),
    buyer_org_number     VARCHAR(100),
    title                TEXT,
    description          TEXT,
    internal_id          VARCHAR(200),           -- BT-22
    main_cpv             VARCHAR(10),
    additional_cpv       TEXT[]        NOT NULL,
    estimated_value      NUMERIC(20, 2),
    currency             VARCHAR(3),
    nuts                 TEXT[]        NOT NULL,
    submission_deadline  TIMESTAMPTZ,            -- BT-131, the earliest over the lots
    future_notice_date   DATE,                   -- BT-127
    documents_url        VARCHAR(2000),          -- BT-15
    -- a change notice: the notice and version it changes (BT-758) and why (BT-140)
    changes_notice_id    VARCHAR(64),
    changes_version      VARCHAR(10),
    change_reason        VARCHAR(100),
    -- set on a notice when a change notice cancelled it
    cancelled            BOOLEAN       NOT NULL DEFAULT FALSE,
    source               VARCHAR(20)   NOT NULL, -- UPLOAD, API, FOLDER, FEED
    imported_at          TIMESTAMPTZ   NOT NULL,
    -- the pipeline entry this notice was linked to
    procurement_reference VARCHAR(50),
    UNIQUE (notice_id, notice_version)
);
CREATE INDEX tender_notice_internal_id_idx ON tender_notice (internal_id);
CREATE INDEX tender_notice_changes_idx ON tender_notice (changes_notice_id);

CREATE TABLE tender_notice_lot (
    notice_row_id    BIGINT         NOT NULL REFERENCES tender_notice (id) ON DELETE CASCADE,
    position         INT            NOT NULL,
    lot_id           VARCHAR(50)    NOT NULL, -- BT-137
    title            TEXT,
    main_cpv         VARCHAR(10),
    estimated_value  NUMERIC(20, 2),
    currency         VARCHAR(3),
    PRIMARY KEY (notice_row_id, position)
);

CREATE TABLE tender_notice_award (
    notice_row_id    BIGINT         NOT NULL REFERENCES tender_notice (id) ON DELETE CASCADE,
    position         INT            NOT NULL,
    lot_id           VARCHAR(50),
    winner_name      VARCHAR(400)   NOT NULL,
    winner_org_number VARCHAR(100),
    amount           NUMERIC(20, 2),
    currency         VARCHAR(3),
    PRIMARY KEY (notice_row_id, position)
);

-- Each change notice's change of another notice; applied_at stays empty while the changed notice has not arrived.
CREATE TABLE tender_notice_change (
    change_row_id    BIGINT         PRIMARY KEY REFERENCES tender_notice (id) ON DELETE CASCADE,
    target_notice_id VARCHAR(64)    NOT NULL,
    target_version   VARCHAR(10)    NOT NULL,
    reason_code      VARCHAR(100),
    description      TEXT,
    received_at      TIMESTAMPTZ    NOT NULL,
    applied_at       TIMESTAMPTZ
);
CREATE INDEX tender_notice_change_pending_idx ON tender_notice_change (target_notice_id) WHERE applied_at IS NULL;
