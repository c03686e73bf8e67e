-- Attachments sent with an inquiry through the public form: at most 3, 10 MB in total, checked by content; kept in
-- the database with the inquiry (and removed with its personal data after the retention period).
CREATE TABLE inquiry_attachment (
    id           BIGSERIAL PRIMARY KEY,
    inquiry_id   BIGINT       NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    size_bytes   INT          NOT NULL CHECK (size_bytes >= 0),
    content      BYTEA        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX inquiry_attachment_inquiry_idx ON inquiry_attachment (inquiry_id);
