-- The agreement between the municipality and the business centre: periods with their budget, focus areas with goals,
-- activities and indicators, joint projects and ideas, status meetings with decisions and actions.
-- Amounts are in øre (BIGINT); yearly amounts count once for each calendar year the period touches.

CREATE TABLE agreement_period (
    id                 bigserial PRIMARY KEY,
    name               text        NOT NULL,
    municipality_party text        NOT NULL,
    centre_party       text        NOT NULL,
    starts_on          date        NOT NULL,
    ends_on            date        NOT NULL,
    base_amount_ore    bigint      NOT NULL CHECK (base_amount_ore >= 0),
    closed_at          timestamptz,
    created_at         timestamptz NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- extra allocations (with their purpose) and purchased services, once or per year
CREATE TABLE agreement_allocation (
    id         bigserial PRIMARY KEY,
    period_id  bigint  NOT NULL REFERENCES agreement_period (id),
    kind       text    NOT NULL CHECK (kind IN ('EXTRA', 'SERVICE')),
    purpose    text    NOT NULL,
    amount_ore bigint  NOT NULL CHECK (amount_ore >= 0),
    yearly     boolean NOT NULL
);

CREATE TABLE agreement_focus_group (
    id       bigserial PRIMARY KEY,
    name     text    NOT NULL,
    position integer NOT NULL
);

CREATE TABLE agreement_focus_area (
    id          bigserial PRIMARY KEY,
    group_id    bigint  NOT NULL REFERENCES agreement_focus_group (id),
    name        text    NOT NULL,
    description text    NOT NULL DEFAULT '',
    position    integer NOT NULL
);

CREATE TABLE agreement_goal (
    id            bigserial PRIMARY KEY,
    focus_area_id bigint NOT NULL REFERENCES agreement_focus_area (id),
    text          text   NOT NULL
);

CREATE TABLE agreement_activity (
    id            bigserial PRIMARY KEY,
    focus_area_id bigint NOT NULL REFERENCES agreement_focus_area (id),
    title         text   NOT NULL,
    owner         text   NOT NULL,
    status        text   NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'PAUSED')),
    starts_on     date,
    ends_on       date,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- planned amounts (by quarter) and expenses (by day) of a period, each on a focus area
CREATE TABLE agreement_budget_line (
    id            bigserial PRIMARY KEY,
    period_id     bigint      NOT NULL REFERENCES agreement_period (id),
    focus_area_id bigint      NOT NULL REFERENCES agreement_focus_area (id),
    kind          text        NOT NULL CHECK (kind IN ('PLANNED', 'EXPENSE')),
    year          integer     NOT NULL,
    quarter       integer     NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    spent_on      date,
    description   text        NOT NULL,
    amount_ore    bigint      NOT NULL CHECK (amount_ore >= 0),
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CHECK ((kind = 'EXPENSE') = (spent_on IS NOT NULL))
);
CREATE INDEX agreement_budget_line_period ON agreement_budget_line (period_id, kind);

-- an indicator is a kind from the catalogue in code (computed live) or MANUAL (values entered by hand)
CREATE TABLE agreement_indicator (
    id            bigserial PRIMARY KEY,
    focus_area_id bigint NOT NULL REFERENCES agreement_focus_area (id),
    kind          text   NOT NULL,
    parameter     text,
    name          text,
    unit          text   NOT NULL CHECK (unit IN ('COUNT', 'PARTICIPANTS', 'PERCENT', 'DKK')),
    CHECK (kind <> 'MANUAL' OR name IS NOT NULL)
);

CREATE TABLE agreement_target (
    indicator_id bigint  NOT NULL REFERENCES agreement_indicator (id),
    period_id    bigint  NOT NULL REFERENCES agreement_period (id),
    value        numeric(15, 2) NOT NULL CHECK (value >= 0),
    unit         text    NOT NULL,
    PRIMARY KEY (indicator_id, period_id)
);

CREATE TABLE agreement_indicator_value (
    indicator_id bigint  NOT NULL REFERENCES agreement_indicator (id),
    year         integer NOT NULL,
    quarter      integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value        numeric(15, 2) NOT NULL CHECK (value >= 0),
    PRIMARY KEY (indicator_id, year, quarter)
);

CREATE TABLE agreement_project (
    id            bigserial PRIMARY KEY,
    focus_area_id bigint      REFERENCES agreement_focus_area (id),
    name          text        NOT NULL,
    description   text        NOT NULL DEFAULT '',
    partners      text        NOT NULL DEFAULT '',
    budget_ore    bigint      NOT NULL DEFAULT 0 CHECK (budget_ore >= 0),
    status        text        NOT NULL CHECK (status IN ('IDEA', 'PLANNED', 'ONGOING', 'FINISHED', 'STOPPED')),
    readiness     text        NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL
);

CREATE TABLE agreement_idea (
    id            bigserial PRIMARY KEY,
    focus_area_id bigint      REFERENCES agreement_focus_area (id),
    title         text        NOT NULL,
    description   text        NOT NULL,
    proposed_by   text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PROPOSED', 'MOVED', 'DECLINED')),
    project_id    bigint      REFERENCES agreement_project (id),
    created_at    timestamptz NOT NULL,
    CHECK ((status = 'MOVED') = (project_id IS NOT NULL))
);

CREATE TABLE agreement_meeting (
    id         bigserial PRIMARY KEY,
    period_id  bigint      NOT NULL REFERENCES agreement_period (id),
    held_on    date        NOT NULL,
    title      text        NOT NULL,
    minutes    text        NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL
);
CREATE INDEX agreement_meeting_date ON agreement_meeting (held_on);

CREATE TABLE agreement_decision (
    id         bigserial PRIMARY KEY,
    meeting_id bigint NOT NULL REFERENCES agreement_meeting (id),
    text       text   NOT NULL
);

CREATE TABLE agreement_action (
    id          bigserial PRIMARY KEY,
    meeting_id  bigint      NOT NULL REFERENCES agreement_meeting (id),
    decision_id bigint      REFERENCES agreement_decision (id),
    text        text        NOT NULL,
    owner       text        NOT NULL,
    due_on      date        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    done_at     timestamptz
);
CREATE INDEX agreement_action_open ON agreement_action (meeting_id) WHERE status = 'OPEN';
