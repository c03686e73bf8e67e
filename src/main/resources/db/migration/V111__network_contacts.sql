-- Networks (issue 19): several contact persons per member. Every contact of an active member is invited to meetings
-- and is on the members' list; a member stays active until its leaving date.
CREATE TABLE network_contact (
    id         bigserial PRIMARY KEY,
    member_id  bigint      NOT NULL REFERENCES network_member (id),
    name       text        NOT NULL,
    email      text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX network_contact_email ON network_contact (member_id, lower(email));

INSERT INTO network_contact (member_id, name, email, created_at)
SELECT id, coalesce(contact_name, contact_email), contact_email, created_at
FROM network_member WHERE contact_email IS NOT NULL;

ALTER TABLE network_member DROP COLUMN contact_name;
ALTER TABLE network_member DROP COLUMN contact_email;

-- An invitation is per contact (one per address and meeting), and attendance is recorded per invitation.
ALTER TABLE network_invitation DROP CONSTRAINT network_invitation_pkey;
ALTER TABLE network_invitation ADD COLUMN id bigserial PRIMARY KEY;
CREATE UNIQUE INDEX network_invitation_email ON network_invitation (meeting_id, lower(email));
