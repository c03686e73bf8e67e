-- The first part of the planned procurements' references (SK in SK-2027-014), from which the staff form suggests
-- the next free reference.
ALTER TABLE municipality ADD COLUMN reference_prefix TEXT;
