-- Uploaded files of the engagement module (event material, attachments of OPI ideas). The bytes live in a table of
-- their own, so lists of files never read them.
CREATE TABLE engagement_file (
    id           BIGSERIAL PRIMARY KEY,
    file_name    TEXT        NOT NULL,
    -- the kind found from the file's first bytes: PDF, DOCX, PNG, JPEG, GIF or WEBP
    kind         TEXT        NOT NULL CHECK (kind IN ('PDF', 'DOCX', 'PNG', 'JPEG', 'GIF', 'WEBP')),
    size_bytes   BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256       TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE engagement_file_content (
    file_id BIGINT PRIMARY KEY REFERENCES engagement_file (id) ON DELETE CASCADE,
    content BYTEA  NOT NULL
);

-- Material and answers share one sequence, so the id in EventMaterialPublished is unique across kinds.
CREATE SEQUENCE engagement_material_id_seq;

-- Minutes and material of an event, public once stored (equal treatment: everyone sees the same).
CREATE TABLE engagement_material (
    id           BIGINT      PRIMARY KEY DEFAULT nextval('engagement_material_id_seq'),
    event_id     BIGINT      NOT NULL REFERENCES engagement_event (id) ON DELETE CASCADE,
    kind         TEXT        NOT NULL CHECK (kind IN ('MINUTES', 'MATERIAL')),
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL DEFAULT '',
    link_url     TEXT,
    file_id      BIGINT      REFERENCES engagement_file (id),
    published_by TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    CHECK (kind = 'MINUTES' OR link_url IS NOT NULL OR file_id IS NOT NULL)
);
CREATE INDEX engagement_material_event ON engagement_material (event_id, published_at);

-- Questions about an event, asked by staff (with the answer at once) or by the public; published when answered.
CREATE TABLE engagement_question (
    id          BIGINT      PRIMARY KEY DEFAULT nextval('engagement_material_id_seq'),
    event_id    BIGINT      NOT NULL REFERENCES engagement_event (id) ON DELETE CASCADE,
    question    TEXT        NOT NULL,
    source      TEXT        NOT NULL CHECK (source IN ('STAFF', 'PUBLIC')),
    asked_at    TIMESTAMPTZ NOT NULL,
    answer      TEXT,
    answered_by TEXT,
    answered_at TIMESTAMPTZ,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX engagement_question_event ON engagement_question (event_id, asked_at);

-- Ideas for OPI (public-private innovation) workshops and themes.
CREATE TABLE engagement_idea (
    id                BIGSERIAL PRIMARY KEY,
    event_id          BIGINT      REFERENCES engagement_event (id) ON DELETE SET NULL,
    theme             TEXT,
    title             TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    improves_citizens TEXT        NOT NULL DEFAULT '',
    improves_staff    TEXT        NOT NULL DEFAULT '',
    -- contact data; erased (NULL) when the submitter deletes it or the retention period after closing has passed
    contact_name      TEXT,
    company_name      TEXT,
    cvr               TEXT,
    email             TEXT,
    phone             TEXT,
    contact_erased_at TIMESTAMPTZ,
    -- the consent text exactly as shown when the idea was submitted
    consent_text      TEXT        NOT NULL,
    file_id           BIGINT      REFERENCES engagement_file (id) ON DELETE SET NULL,
    status            TEXT        NOT NULL DEFAULT 'NEW'
        CHECK (status IN ('NEW', 'IN_REVIEW', 'TAKEN_FORWARD', 'DECLINED')),
    public_response   TEXT,
    responded_at      TIMESTAMPTZ,
    submitted_at      TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    -- when the status last became TAKEN_FORWARD or DECLINED; the retention period counts from here
    closed_at         TIMESTAMPTZ
);
CREATE INDEX engagement_idea_status ON engagement_idea (status, submitted_at DESC);
CREATE INDEX engagement_idea_event ON engagement_idea (event_id);
CREATE INDEX engagement_idea_closed ON engagement_idea (closed_at) WHERE contact_erased_at IS NULL;

CREATE TABLE engagement_idea_tag (
    idea_id BIGINT NOT NULL REFERENCES engagement_idea (id) ON DELETE CASCADE,
    tag     TEXT   NOT NULL,
    PRIMARY KEY (idea_id, tag)
);
CREATE INDEX engagement_idea_tag_tag ON engagement_idea_tag (lower(tag));

-- Staff-only notes on an idea; never shown on public pages.
CREATE TABLE engagement_idea_comment (
    id         BIGSERIAL PRIMARY KEY,
    idea_id    BIGINT      NOT NULL REFERENCES engagement_idea (id) ON DELETE CASCADE,
    author     TEXT        NOT NULL,
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX engagement_idea_comment_idea ON engagement_idea_comment (idea_id, created_at);
