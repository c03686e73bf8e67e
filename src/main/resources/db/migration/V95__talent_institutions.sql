-- Talent bridge, institutions: educational institutions as organisations with their own users (role INSTITUTION,
-- linked here by the e-mail address they sign in with), the fields of study they follow, their students' project
-- wishes with the companies' answers, and which opportunities each institution's weekly digest has carried.

CREATE TABLE talent_institution (
    id             BIGSERIAL PRIMARY KEY,
    -- one of samspil.talent.institutions, so the opportunities aimed at it by name are found
    name           VARCHAR(200) NOT NULL,
    fields         TEXT[]       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    -- the digest moment of the last weekly digest run for this institution
    last_digest_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX talent_institution_name_uq ON talent_institution (lower(name));

CREATE TABLE talent_institution_member (
    institution_id BIGINT       NOT NULL REFERENCES talent_institution (id) ON DELETE CASCADE,
    email          VARCHAR(254) NOT NULL,
    PRIMARY KEY (institution_id, email)
);
-- a user belongs to one institution
CREATE UNIQUE INDEX talent_institution_member_email_uq ON talent_institution_member (lower(email));

-- never the same opportunity twice in one institution's digest
CREATE TABLE talent_digest_sent (
    institution_id BIGINT      NOT NULL REFERENCES talent_institution (id) ON DELETE CASCADE,
    opportunity_id BIGINT      NOT NULL REFERENCES talent_opportunity (id) ON DELETE CASCADE,
    sent_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (institution_id, opportunity_id)
);

CREATE TABLE talent_wish (
    id             BIGSERIAL PRIMARY KEY,
    institution_id BIGINT       NOT NULL REFERENCES talent_institution (id) ON DELETE CASCADE,
    title          VARCHAR(200) NOT NULL,
    description    TEXT         NOT NULL,
    fields         TEXT[]       NOT NULL,
    weeks          INTEGER      CHECK (weeks BETWEEN 1 AND 52),
    period_start   DATE         NOT NULL,
    -- the institution user who posted or last edited it; the companies' answers go there
    contact_email  VARCHAR(254) NOT NULL,
    status         VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at     TIMESTAMPTZ  NOT NULL,
    closed_at      TIMESTAMPTZ
);
CREATE INDEX talent_wish_status_idx ON talent_wish (status, created_at);

CREATE TABLE talent_wish_answer (
    id            BIGSERIAL PRIMARY KEY,
    wish_id       BIGINT       NOT NULL REFERENCES talent_wish (id) ON DELETE CASCADE,
    company_name  VARCHAR(200) NOT NULL,
    contact_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    message       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
-- one answer per company address and wish
CREATE UNIQUE INDEX talent_wish_answer_uq ON talent_wish_answer (wish_id, lower(email));
