-- The register of companies, keyed by CVR, and what the business centre, the municipality's case workers and the job
-- centre note about them, shared by the author's choice. Every read of a note by another organisation is kept.
CREATE TABLE company (
    id                BIGSERIAL PRIMARY KEY,
    cvr               CHAR(8)      NOT NULL UNIQUE CHECK (cvr ~ '^[1-9][0-9]{7}$'),
    name              VARCHAR(200) NOT NULL,
    address           VARCHAR(200),
    postal_code       VARCHAR(4)   CHECK (postal_code ~ '^[0-9]{4}$'),
    city              VARCHAR(100),
    municipality_code VARCHAR(3)   CHECK (municipality_code ~ '^[0-9]{3}$'),
    industry_code     VARCHAR(6)   CHECK (industry_code ~ '^[0-9]{6}$'),
    industry_text     VARCHAR(200),
    website           VARCHAR(300),
    email             VARCHAR(254),
    phone             VARCHAR(30),
    secondary_names   TEXT[]       NOT NULL DEFAULT '{}',
    p_numbers         TEXT[]       NOT NULL DEFAULT '{}',
    company_form      VARCHAR(100),
    employee_band     VARCHAR(40),
    status            VARCHAR(60),
    advertising_protected BOOLEAN  NOT NULL DEFAULT false,
    started           DATE,
    ended             DATE,
    -- MANUAL: typed in; CVR: from the CVR distribution, with a fingerprint of the imported facts so that an unchanged
    -- document is recognised without comparing (or writing) anything else
    source            VARCHAR(10)  NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL', 'CVR')),
    cvr_fingerprint   VARCHAR(64),
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX company_name_idx ON company (lower(name));

CREATE TABLE company_note (
    id            BIGSERIAL PRIMARY KEY,
    company_id    BIGINT       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    visit_date    DATE         NOT NULL,
    author        VARCHAR(254) NOT NULL,
    author_org    VARCHAR(20)  NOT NULL CHECK (author_org IN ('BUSINESS_CENTRE', 'MUNICIPALITY', 'JOB_CENTRE')),
    topics        TEXT[]       NOT NULL DEFAULT '{}',
    title         VARCHAR(200) NOT NULL,
    notes         TEXT         NOT NULL,
    shared_with   VARCHAR(20)  NOT NULL CHECK (shared_with IN ('SEC', 'SEC_MUNICIPALITY', 'SEC_JOBCENTER', 'ALL')),
    created_at    TIMESTAMPTZ  NOT NULL,
    -- set when the retention job emptied the note's text, author and read log after samspil.companies.retention
    anonymised_at TIMESTAMPTZ
);
CREATE INDEX company_note_company_idx ON company_note (company_id, visit_date DESC);

CREATE TABLE company_note_read (
    note_id     BIGINT       NOT NULL REFERENCES company_note (id) ON DELETE CASCADE,
    reader      VARCHAR(254) NOT NULL,
    reader_org  VARCHAR(20)  NOT NULL,
    first_read  TIMESTAMPTZ  NOT NULL,
    last_read   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (note_id, reader)
);

-- People at a company the business centre keeps in touch with, each with the legal basis for keeping them: consent
-- (with when and how it was given) or legitimate interest (with the reason). Erasure deletes the row.
CREATE TABLE company_contact (
    id               BIGSERIAL PRIMARY KEY,
    company_id       BIGINT       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    name             VARCHAR(200) NOT NULL,
    role_title       VARCHAR(200),
    email            VARCHAR(254),
    phone            VARCHAR(30),
    legal_basis      VARCHAR(20)  NOT NULL CHECK (legal_basis IN ('CONSENT', 'LEGITIMATE_INTEREST')),
    basis_note       TEXT         NOT NULL,
    consent_given_on DATE,
    created_by       VARCHAR(254) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    CHECK (legal_basis <> 'CONSENT' OR consent_given_on IS NOT NULL)
);
CREATE UNIQUE INDEX company_contact_email ON company_contact (company_id, lower(email)) WHERE email IS NOT NULL;
