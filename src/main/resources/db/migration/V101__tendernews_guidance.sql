-- Tender news, phone guidance: each guidance contact the business centre's staff give a company about tenders.

CREATE TABLE tender_guidance (
    id                 BIGSERIAL PRIMARY KEY,
    contacted_on       DATE          NOT NULL,
    -- the staff member who gave the guidance (login name), and who they talked to at the company
    staff_user         VARCHAR(254)  NOT NULL,
    contact_name       VARCHAR(200),
    cvr                CHAR(8)       NOT NULL,
    company_name       VARCHAR(400)  NOT NULL,
    subject            VARCHAR(500)  NOT NULL,
    outcome            TEXT,
    follow_up          TEXT,
    passed_to_provider BOOLEAN       NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX tender_guidance_cvr_idx ON tender_guidance (cvr, contacted_on DESC);
