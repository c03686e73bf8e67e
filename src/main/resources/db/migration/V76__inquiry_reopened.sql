-- A mail from the inquirer on a closed case reopens it; the log says so (detail: the handler who was told).
ALTER TABLE inquiry_event DROP CONSTRAINT inquiry_event_kind_check;
ALTER TABLE inquiry_event ADD CONSTRAINT inquiry_event_kind_check
    CHECK (kind IN ('RECEIVED', 'ASSIGNED', 'STATUS', 'RECEIPT', 'NOTE', 'FORWARDED', 'REPLIED', 'INCOMING', 'CLOSED',
                    'ROUTED', 'REOPENED'));
