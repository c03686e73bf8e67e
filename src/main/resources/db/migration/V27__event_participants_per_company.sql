-- An event may limit the participants one company registers (all its active registrations together, waiting list
-- included), so that one company cannot take every seat of a workshop. NULL means no limit. The application sets
-- the default for new OPI workshops (samspil.engagement.events.workshop-participants-per-company); events created
-- before this change keep no limit until staff set one.
ALTER TABLE engagement_event
    ADD COLUMN participants_per_company INT CHECK (participants_per_company IS NULL OR participants_per_company > 0);
