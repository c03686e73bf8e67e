-- A registration may only book a slot of its own event. Until now slot_id referenced any slot, so a registration
-- for an event without slots could carry another event's slot id and make that slot look booked.

-- Existing registrations that name a slot of another event keep their seat but lose the foreign slot.
UPDATE engagement_registration r
SET slot_id = NULL
WHERE r.slot_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM engagement_event_slot s WHERE s.id = r.slot_id AND s.event_id = r.event_id);

ALTER TABLE engagement_event_slot ADD CONSTRAINT engagement_event_slot_event_id_id UNIQUE (event_id, id);

-- The composite key ties the slot to the registration's event; deleting a slot clears only slot_id (PostgreSQL 15+).
ALTER TABLE engagement_registration DROP CONSTRAINT engagement_registration_slot_id_fkey;
ALTER TABLE engagement_registration ADD CONSTRAINT engagement_registration_slot_of_event
    FOREIGN KEY (event_id, slot_id) REFERENCES engagement_event_slot (event_id, id) ON DELETE SET NULL (slot_id);
