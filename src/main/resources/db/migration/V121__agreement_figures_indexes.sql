-- The agreement's figures count other modules' rows by day (the status pack asks for the year and each quarter):
-- indexes on the days they count by, so a quarter reads its own rows rather than the whole table.
CREATE INDEX IF NOT EXISTS alert_delivery_queued_at ON alert_delivery (queued_at) WHERE status = 'QUEUED';
CREATE INDEX IF NOT EXISTS planned_procurement_published_at ON planned_procurement (published_at)
    WHERE status <> 'DRAFT';
CREATE INDEX IF NOT EXISTS company_note_visit_date ON company_note (visit_date);
CREATE INDEX IF NOT EXISTS engagement_event_type_starts ON engagement_event (type, starts_at);
