-- Finding companies: every form the Danish text analysis (platform.text, as public search and alerts use) finds a
-- company by, from its name, secondary names and industry text (written by the service and by the CVR import) and from
-- its tags and its notes' titles (search_extra, written by the service only; the import appends it). NULL until the
-- company's terms are first worked out (companies from before this version are filled in at start-up).
ALTER TABLE company ADD COLUMN tags         TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE company ADD COLUMN search_extra TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE company ADD COLUMN search_terms TEXT[];
CREATE INDEX company_search_terms_idx ON company USING gin (search_terms);
CREATE INDEX company_tags_idx ON company USING gin (tags);
CREATE INDEX company_industry_code_idx ON company (industry_code text_pattern_ops);
CREATE INDEX company_municipality_idx ON company (municipality_code);
CREATE INDEX company_postal_code_idx ON company (postal_code);

-- Visits: the people met at the company (names as the author writes them).
ALTER TABLE company_note ADD COLUMN participants TEXT[] NOT NULL DEFAULT '{}';

-- What was agreed at a visit: a task, the staff user who owns it (their e-mail address, as they sign in) and when it is
-- due. The owner gets one reminder on the due date (reminded_at is set in the same transaction as the mail is queued).
CREATE TABLE company_follow_up (
    id          BIGSERIAL PRIMARY KEY,
    note_id     BIGINT       NOT NULL REFERENCES company_note (id) ON DELETE CASCADE,
    task        VARCHAR(500) NOT NULL,
    owner       VARCHAR(254) NOT NULL,
    due_date    DATE         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    reminded_at TIMESTAMPTZ,
    done_at     TIMESTAMPTZ,
    done_by     VARCHAR(254)
);
CREATE INDEX company_follow_up_owner_idx ON company_follow_up (lower(owner)) WHERE done_at IS NULL;
CREATE INDEX company_follow_up_due_idx ON company_follow_up (due_date) WHERE reminded_at IS NULL AND done_at IS NULL;

-- Saved segments: a name and the filter of the company list (CompanyFilter as JSON); what a segment holds is worked out
-- when it is opened, so it follows the register.
CREATE TABLE company_segment (
    id         UUID         PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    filter     JSONB        NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX company_segment_name_uq ON company_segment (lower(name));
