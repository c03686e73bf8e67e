-- Networks (issue 19): documents on a meeting's agenda items (checked by content on upload), and minutes the
-- secretariat chooses to publish on the network's public page.
CREATE TABLE network_agenda_document (
    id         bigserial PRIMARY KEY,
    item_id    bigint      NOT NULL REFERENCES network_agenda_item (id),
    file_name  text        NOT NULL,
    kind       text        NOT NULL,
    size       bigint      NOT NULL,
    content    bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX network_agenda_document_item ON network_agenda_document (item_id);

ALTER TABLE network_meeting ADD COLUMN minutes_public boolean NOT NULL DEFAULT false;
