-- Tender news, linking notices to pipeline entries: the procedure identifier that a procedure's contract and award
-- notices share (BT-04), how a notice was linked and when its entry was moved as it says; the notice ID that staff
-- store on an entry before the notice arrives; the buyers besides the municipality whose notices the public
-- tender page shows; the addresses already read from the tender feed.

ALTER TABLE tender_notice ADD COLUMN procedure_id VARCHAR(200);
-- INTERNAL_ID (BT-22 equals the entry's reference), NOTICE_ID (stored on the entry), PROCEDURE (the same BT-04 as a
-- linked notice), HAND (staff chose the entry)
ALTER TABLE tender_notice ADD COLUMN linked_by VARCHAR(20);
ALTER TABLE tender_notice ADD COLUMN link_applied_at TIMESTAMPTZ;
CREATE INDEX tender_notice_procedure_idx ON tender_notice (procedure_id);
CREATE INDEX tender_notice_reference_idx ON tender_notice (procurement_reference);
CREATE INDEX tender_notice_imported_idx ON tender_notice (imported_at DESC);

CREATE TABLE tender_expected_notice (
    procurement_reference VARCHAR(50)  PRIMARY KEY,
    notice_id             VARCHAR(64)  NOT NULL,
    set_by                VARCHAR(254) NOT NULL,
    set_at                TIMESTAMPTZ  NOT NULL
);
CREATE INDEX tender_expected_notice_idx ON tender_expected_notice (notice_id);

CREATE TABLE tender_buyer (
    org_number  VARCHAR(20)  PRIMARY KEY, -- digits only, e.g. a CVR number
    name        VARCHAR(400) NOT NULL,
    added_by    VARCHAR(254) NOT NULL,
    added_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE tender_feed_item (
    url         VARCHAR(2000) PRIMARY KEY,
    read_at     TIMESTAMPTZ   NOT NULL,
    outcome     VARCHAR(20)   NOT NULL, -- IMPORTED, DUPLICATE, REFUSED, FAILED
    message     TEXT
);
