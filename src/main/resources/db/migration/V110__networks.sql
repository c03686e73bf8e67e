-- Networks (issue 19): the energy network's secretariat, Én Indgang and other business networks.
CREATE TABLE network (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL,
    purpose     text        NOT NULL,
    public_page boolean     NOT NULL DEFAULT false,
    list_id     bigint,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX network_name_unique ON network (lower(name));

-- A member: a company by CVR number or an organisation, with its contact person and role.
CREATE TABLE network_member (
    id            bigserial PRIMARY KEY,
    network_id    bigint      NOT NULL REFERENCES network (id),
    kind          text        NOT NULL CHECK (kind IN ('COMPANY', 'ORGANISATION')),
    cvr           text,
    name          text        NOT NULL,
    contact_name  text,
    contact_email text,
    role          text        NOT NULL CHECK (role IN ('CHAIR', 'SECRETARIAT', 'MEMBER')),
    joined_on     date        NOT NULL,
    left_on       date,
    created_at    timestamptz NOT NULL,
    CHECK (left_on IS NULL OR left_on >= joined_on),
    CHECK (kind <> 'COMPANY' OR cvr IS NOT NULL)
);
CREATE UNIQUE INDEX network_member_current_cvr ON network_member (network_id, cvr)
    WHERE left_on IS NULL AND cvr IS NOT NULL;
CREATE UNIQUE INDEX network_member_current_name ON network_member (network_id, lower(name))
    WHERE left_on IS NULL AND cvr IS NULL;
CREATE INDEX network_member_cvr ON network_member (cvr);

-- A request to join from the network's public page, approved or declined by the secretariat.
CREATE TABLE network_request (
    id            bigserial PRIMARY KEY,
    network_id    bigint      NOT NULL REFERENCES network (id),
    cvr           text        NOT NULL,
    company_name  text        NOT NULL,
    contact_name  text        NOT NULL,
    contact_email text        NOT NULL,
    message       text,
    status        text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    created_at    timestamptz NOT NULL,
    decided_at    timestamptz
);

CREATE TABLE network_meeting (
    id                   bigserial PRIMARY KEY,
    network_id           bigint      NOT NULL REFERENCES network (id),
    title                text        NOT NULL,
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    place                text,
    online_url           text,
    status               text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'CANCELLED')),
    ics_sequence         integer     NOT NULL DEFAULT 0,
    minutes              text,
    minutes_published_at timestamptz,
    created_at           timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (place IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX network_meeting_network ON network_meeting (network_id, starts_at);

CREATE TABLE network_agenda_item (
    id         bigserial PRIMARY KEY,
    meeting_id bigint  NOT NULL REFERENCES network_meeting (id),
    position   integer NOT NULL,
    title      text    NOT NULL,
    presenter  text
);

-- Who was invited (the member's contact at the time) and whether they came.
CREATE TABLE network_invitation (
    meeting_id bigint  NOT NULL REFERENCES network_meeting (id),
    member_id  bigint  NOT NULL REFERENCES network_member (id),
    email      text    NOT NULL,
    name       text,
    attended   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE network_decision (
    id         bigserial PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES network_meeting (id),
    text       text   NOT NULL
);

CREATE TABLE network_action (
    id          bigserial PRIMARY KEY,
    meeting_id  bigint NOT NULL REFERENCES network_meeting (id),
    text        text   NOT NULL,
    owner_name  text   NOT NULL,
    owner_email text,
    due_on      date   NOT NULL,
    reminded_at timestamptz
);
CREATE INDEX network_action_due ON network_action (due_on) WHERE reminded_at IS NULL;

CREATE TABLE network_budget (
    network_id bigint        NOT NULL REFERENCES network (id),
    year       integer       NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (network_id, year)
);

CREATE TABLE network_expense (
    id          bigserial PRIMARY KEY,
    network_id  bigint        NOT NULL REFERENCES network (id),
    spent_on    date          NOT NULL,
    category    text          NOT NULL CHECK (category IN ('MEETINGS', 'COMMUNICATION', 'EVENTS', 'ADMINISTRATION')),
    amount      numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
    hours       numeric(7,2)  NOT NULL DEFAULT 0 CHECK (hours >= 0),
    description text          NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX network_expense_year ON network_expense (network_id, spent_on);
