-- Networks: an optional plain-text description on an agenda item, shown on the meeting's page, in the invitation and
-- on the public minutes.
ALTER TABLE network_agenda_item ADD COLUMN description text;
