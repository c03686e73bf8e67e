-- Routing by topic: consultant teams (staff by e-mail address), topics each routed to a team, set up in the UI by
-- management; an inquiry keeps its topic and the team it is with (management can move it).
CREATE TABLE inquiry_team (
    id      BIGSERIAL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL UNIQUE,
    members VARCHAR(254)[] NOT NULL DEFAULT '{}'
);

CREATE TABLE inquiry_topic (
    id      BIGSERIAL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL UNIQUE,
    team_id BIGINT REFERENCES inquiry_team (id) ON DELETE SET NULL
);

ALTER TABLE inquiry
    ADD COLUMN topic_id BIGINT REFERENCES inquiry_topic (id),
    ADD COLUMN team_id  BIGINT REFERENCES inquiry_team (id) ON DELETE SET NULL;
CREATE INDEX inquiry_team_idx ON inquiry (team_id) WHERE team_id IS NOT NULL;

ALTER TABLE inquiry_event DROP CONSTRAINT inquiry_event_kind_check;
ALTER TABLE inquiry_event ADD CONSTRAINT inquiry_event_kind_check
    CHECK (kind IN ('RECEIVED', 'ASSIGNED', 'STATUS', 'RECEIPT', 'NOTE', 'FORWARDED', 'REPLIED', 'INCOMING', 'CLOSED',
                    'ROUTED'));
