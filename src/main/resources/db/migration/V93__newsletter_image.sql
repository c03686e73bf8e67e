-- Images staff upload for campaigns (PNG, JPEG, GIF or WebP by their content), kept in the database like inquiry
-- attachments and served to anyone at /nyhedsbrev/billeder/{id}: the random id is the address, so nothing that is
-- not put in a newsletter can be found.
CREATE TABLE newsletter_image (
    id           UUID         PRIMARY KEY,
    file_name    VARCHAR(255) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    alt_text     VARCHAR(300) NOT NULL,
    size_bytes   INT          NOT NULL CHECK (size_bytes > 0),
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    uploaded_by  VARCHAR(320) NOT NULL
);
CREATE INDEX newsletter_image_uploaded_idx ON newsletter_image (uploaded_at DESC);
