-- Consultants introduce two companies interested in the same entry, both seeking partners, to each other by e-mail.
-- Logged on both interests; withdrawing an interest deletes its introductions with it (no personal data is kept).
CREATE TABLE engagement_introduction (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    procurement_reference TEXT        NOT NULL,
    first_interest_id     BIGINT      NOT NULL REFERENCES engagement_interest (id) ON DELETE CASCADE,
    second_interest_id    BIGINT      NOT NULL REFERENCES engagement_interest (id) ON DELETE CASCADE,
    introduced_by         TEXT        NOT NULL,
    introduced_at         TIMESTAMPTZ NOT NULL,
    CHECK (first_interest_id < second_interest_id),
    UNIQUE (first_interest_id, second_interest_id)
);
CREATE INDEX engagement_introduction_second ON engagement_introduction (second_interest_id);
CREATE INDEX engagement_introduction_at ON engagement_introduction (introduced_at);
