-- The morning mail to management about overdue and nearly due inquiries: one row per business day it was decided,
-- so it goes out at most once a day, also with several instances.
CREATE TABLE inquiry_morning_mail (
    day        DATE PRIMARY KEY,
    decided_at TIMESTAMPTZ NOT NULL,
    overdue    INT         NOT NULL,
    due_soon   INT         NOT NULL,
    recipients INT         NOT NULL
);
