-- Kept uploads (import_batch) now serve more than the plan import: each says which import it waits for, so a file
-- kept for one import can never be confirmed by another.
ALTER TABLE import_batch ADD COLUMN purpose TEXT NOT NULL DEFAULT 'pipeline.plan';
ALTER TABLE import_batch ALTER COLUMN purpose DROP DEFAULT;

-- Every CVR import that wrote or could have written something: who, when, from where, and its counts. An import can
-- be undone once as a whole.
CREATE TABLE company_import (
    id          BIGSERIAL PRIMARY KEY,
    origin      VARCHAR(10)  NOT NULL CHECK (origin IN ('UPLOAD', 'API', 'CVR_FETCH')),
    file_name   VARCHAR(300),
    imported_by VARCHAR(254) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    created     INT          NOT NULL DEFAULT 0,
    changed     INT          NOT NULL DEFAULT 0,
    unchanged   INT          NOT NULL DEFAULT 0,
    refused     INT          NOT NULL DEFAULT 0,
    undone_at   TIMESTAMPTZ,
    undone_by   VARCHAR(254),
    -- companies the import created that were kept by its undo because something refers to them
    undo_kept   INT
);
CREATE INDEX company_import_started_idx ON company_import (started_at DESC);

-- What each import did to each company it created or changed: for a change, the company's facts before (CvrFacts as
-- JSON, with its source and fingerprint), so an undo can put them back.
CREATE TABLE company_import_change (
    import_id BIGINT  NOT NULL REFERENCES company_import (id) ON DELETE CASCADE,
    cvr       CHAR(8) NOT NULL,
    created   BOOLEAN NOT NULL,
    before    JSONB,
    PRIMARY KEY (import_id, cvr),
    CHECK (created = (before IS NULL))
);
CREATE INDEX company_import_change_cvr_idx ON company_import_change (cvr);
