-- Uploaded plan files waiting for the officer to confirm the import preview. The file itself is kept, so the
-- confirmation reads and checks it again on the server instead of trusting anything the browser sends back.
CREATE TABLE import_batch
(
    id         UUID PRIMARY KEY,
    username   TEXT                     NOT NULL,
    file_name  TEXT                     NOT NULL,
    content    BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_batch_expires_idx ON import_batch (expires_at);
