-- Talent bridge: opportunities (student jobs, internships, project collaborations, company visits) posted by local
-- companies and moderated by consultants, and students' applications with an encrypted CV. Institution users get
-- the role INSTITUTION, so the two role lists accept it.

ALTER TABLE staff_user_role DROP CONSTRAINT staff_user_role_role_check;
ALTER TABLE staff_user_role ADD CONSTRAINT staff_user_role_role_check
    CHECK (role IN ('ADMIN', 'PROCUREMENT', 'CONSULTANT', 'MANAGEMENT', 'CASEWORKER', 'JOBCENTER', 'INSTITUTION'));
ALTER TABLE sso_group_role DROP CONSTRAINT sso_group_role_role_check;
ALTER TABLE sso_group_role ADD CONSTRAINT sso_group_role_role_check
    CHECK (role IN ('ADMIN', 'PROCUREMENT', 'CONSULTANT', 'MANAGEMENT', 'CASEWORKER', 'JOBCENTER', 'INSTITUTION'));

CREATE TABLE talent_opportunity (
    id                 BIGSERIAL PRIMARY KEY,
    company_cvr        CHAR(8)      NOT NULL CHECK (company_cvr ~ '^[1-9][0-9]{7}$'),
    company_name       VARCHAR(200) NOT NULL,
    -- false: the CVR number is not in the company register; the consultant's approval confirms the company
    company_known      BOOLEAN      NOT NULL,
    industry_text      VARCHAR(200),
    kind               VARCHAR(20)  NOT NULL CHECK (kind IN ('STUDENT_JOB', 'INTERNSHIP', 'PROJECT', 'VISIT')),
    title              VARCHAR(200) NOT NULL,
    description        TEXT         NOT NULL,
    fields             TEXT[]       NOT NULL,
    levels             TEXT[]       NOT NULL DEFAULT '{}',
    institutions       TEXT[]       NOT NULL DEFAULT '{}',
    place              VARCHAR(200),
    remote             BOOLEAN      NOT NULL DEFAULT false,
    hours_per_week     INTEGER      CHECK (hours_per_week BETWEEN 1 AND 60),
    period_start       DATE         NOT NULL,
    period_end         DATE         NOT NULL CHECK (period_end >= period_start),
    paid               BOOLEAN      NOT NULL,
    deadline           DATE         NOT NULL,
    contact_name       VARCHAR(200) NOT NULL,
    contact_email      VARCHAR(254) NOT NULL,
    -- UNCONFIRMED: waiting for the company to open the link in its mail; PENDING: waiting for a consultant
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('UNCONFIRMED', 'PENDING', 'CHANGES_REQUESTED',
                                                                'PUBLISHED', 'REJECTED', 'CLOSED')),
    moderation_message TEXT,
    outcome            VARCHAR(20)  CHECK (outcome IN ('INTERNSHIP', 'JOB', 'PROJECT', 'NONE')),
    -- the Danish text analysis' stems and word parts of title, description and company name, for the public search
    search_terms       TEXT[]       NOT NULL DEFAULT '{}',
    created_at         TIMESTAMPTZ  NOT NULL,
    published_at       TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ
);
CREATE INDEX talent_opportunity_status_idx ON talent_opportunity (status, deadline);
CREATE INDEX talent_opportunity_cvr_idx ON talent_opportunity (company_cvr);
CREATE INDEX talent_opportunity_terms_idx ON talent_opportunity USING gin (search_terms);

CREATE TABLE talent_application (
    id             BIGSERIAL PRIMARY KEY,
    opportunity_id BIGINT       NOT NULL REFERENCES talent_opportunity (id) ON DELETE CASCADE,
    name           VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    message        TEXT         NOT NULL,
    cv_name        VARCHAR(200) NOT NULL,
    -- AES-GCM with samspil.talent.cv-key: a 12-byte nonce followed by the ciphertext and its tag
    cv_encrypted   BYTEA        NOT NULL,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('NEW', 'SEEN', 'DIALOGUE', 'HIRED', 'DECLINED')),
    created_at     TIMESTAMPTZ  NOT NULL,
    status_at      TIMESTAMPTZ  NOT NULL,
    -- six months after the opportunity's deadline the retention job deletes the application
    delete_after   DATE         NOT NULL
);
CREATE UNIQUE INDEX talent_application_student_uq ON talent_application (opportunity_id, lower(email));
CREATE INDEX talent_application_delete_idx ON talent_application (delete_after);
