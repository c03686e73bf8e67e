-- Tender news, the pipeline moves a linked notice made: which notice moved which entry from which status (with the
-- status reason and tender address it had) to which, and the pipeline's change log entry of the move. Unlinking the
-- notice takes the move back (undone_change_id) unless staff changed the entry's status by hand since.

CREATE TABLE tender_status_move (
    id                    BIGSERIAL    PRIMARY KEY,
    procurement_reference VARCHAR(50)  NOT NULL,
    notice_row_id         BIGINT       NOT NULL REFERENCES tender_notice (id) ON DELETE CASCADE,
    from_status           VARCHAR(20)  NOT NULL,
    from_reason           TEXT,
    from_tender_url       VARCHAR(2000),
    to_status             VARCHAR(20)  NOT NULL,
    change_id             BIGINT       NOT NULL, -- procurement_change.id of the move
    moved_at              TIMESTAMPTZ  NOT NULL,
    undone_change_id      BIGINT,                -- procurement_change.id of taking it back
    undone_at             TIMESTAMPTZ
);
CREATE INDEX tender_status_move_reference_idx ON tender_status_move (procurement_reference, id);
