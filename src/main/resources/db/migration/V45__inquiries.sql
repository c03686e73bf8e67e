-- Inquiries from companies and citizens, whichever way they came (the public form, e-mail, phone, letter, or through
-- the mayor or a council member), with the queue they were routed to, who handles them, their status, the answer
-- deadline in Danish business days, and a log of what happened to each.
CREATE TABLE inquiry (
    id            BIGSERIAL PRIMARY KEY,
    case_number   VARCHAR(20)  NOT NULL UNIQUE,
    channel       VARCHAR(20)  NOT NULL CHECK (channel IN ('WEB', 'EMAIL', 'PHONE', 'LETTER', 'MAYOR', 'COUNCIL_MEMBER')),
    politician    VARCHAR(200),
    from_name     VARCHAR(200) NOT NULL,
    company_name  VARCHAR(200),
    email         VARCHAR(254),
    phone         VARCHAR(30),
    cvr           CHAR(8)      CHECK (cvr ~ '^[1-9][0-9]{7}$'),
    subject       VARCHAR(200) NOT NULL,
    message       TEXT         NOT NULL,
    received_on   DATE         NOT NULL,
    registered_by VARCHAR(254),
    queue         VARCHAR(20)  NOT NULL CHECK (queue IN ('MANAGEMENT', 'CONSULTANTS')),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED')),
    assignee      VARCHAR(254),
    acknowledge_by DATE        NOT NULL,
    answer_by     DATE         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CHECK ((channel IN ('MAYOR', 'COUNCIL_MEMBER')) = (politician IS NOT NULL))
);
CREATE INDEX inquiry_open_idx ON inquiry (answer_by) WHERE status IN ('RECEIVED', 'ASSIGNED');

-- case numbers H-<year>-<number>, counted per year of receipt
CREATE TABLE inquiry_year_counter (
    year     INT PRIMARY KEY,
    last     INT NOT NULL
);

CREATE TABLE inquiry_event (
    id          BIGSERIAL PRIMARY KEY,
    inquiry_id  BIGINT       NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ  NOT NULL,
    actor       VARCHAR(254),
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('RECEIVED', 'ASSIGNED', 'STATUS', 'RECEIPT')),
    detail      VARCHAR(500)
);
CREATE INDEX inquiry_event_inquiry_idx ON inquiry_event (inquiry_id, occurred_at);
