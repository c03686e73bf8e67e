-- Networks (issue 19, point 5): external conferences the municipality and the business centre attend together:
-- who goes from each party, which companies from the register are invited along, and the costs split between the two.
CREATE TABLE network_conference (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL,
    place       text        NOT NULL,
    starts_on   date        NOT NULL,
    ends_on     date        NOT NULL,
    url         text,
    description text,
    created_at  timestamptz NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX network_conference_starts ON network_conference (starts_on);

CREATE TABLE network_conference_participant (
    id            bigserial PRIMARY KEY,
    conference_id bigint      NOT NULL REFERENCES network_conference (id),
    party         text        NOT NULL CHECK (party IN ('MUNICIPALITY', 'BUSINESS_CENTRE')),
    name          text        NOT NULL,
    email         text,
    created_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX network_conference_participant_name
    ON network_conference_participant (conference_id, party, lower(name));

CREATE TABLE network_conference_company (
    conference_id bigint      NOT NULL REFERENCES network_conference (id),
    cvr           text        NOT NULL,
    name          text        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (conference_id, cvr)
);

-- A cost in øre, and the municipality's part of it; the business centre pays the rest.
CREATE TABLE network_conference_cost (
    id                bigserial PRIMARY KEY,
    conference_id     bigint      NOT NULL REFERENCES network_conference (id),
    description       text        NOT NULL,
    amount_ore        bigint      NOT NULL CHECK (amount_ore > 0),
    municipality_ore  bigint      NOT NULL CHECK (municipality_ore >= 0 AND municipality_ore <= amount_ore),
    created_at        timestamptz NOT NULL
);
CREATE INDEX network_conference_cost_conference ON network_conference_cost (conference_id);
