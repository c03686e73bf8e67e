-- The agreement's annual wheel (issue 20, point 4): items of the year, one-off or recurring by an iCalendar RRULE
-- (the subset the wheel can draw, checked by the application), each with an owner who is reminded by e-mail.
CREATE TABLE agreement_wheel_item (
    id            bigserial PRIMARY KEY,
    title         text        NOT NULL,
    description   text,
    category      text        NOT NULL CHECK (category IN ('STATUS_MEETING', 'RENEWAL', 'BUDGET', 'OTHER')),
    -- the first occurrence (DTSTART): for a recurring item always a date the rule gives
    starts_on     date        NOT NULL,
    -- the rule without "RRULE:", as the application writes it; NULL for a one-off item
    rrule         text,
    -- a staff user (identity's StaffDirectory); kept when the user leaves, who is then no longer reminded
    owner_id      bigint,
    reminder_days integer CHECK (reminder_days BETWEEN 0 AND 365),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK (reminder_days IS NULL OR owner_id IS NOT NULL)
);

-- Each occurrence of an item is reminded once, whichever instance claims it first.
CREATE TABLE agreement_wheel_reminder (
    item_id   bigint      NOT NULL REFERENCES agreement_wheel_item (id) ON DELETE CASCADE,
    occurs_on date        NOT NULL,
    sent_at   timestamptz NOT NULL,
    PRIMARY KEY (item_id, occurs_on)
);
