-- In-memory subscription indexes catch up with "change_seq > last seen". A sequence number is taken before its
-- transaction commits, so a change with a lower number can become visible after one with a higher number has been
-- seen, and would be skipped. Writers therefore take a shared transaction-level advisory lock BEFORE they draw their
-- number (the insert now draws it in a trigger too, instead of the column default), and hold it until they commit.
-- A refresh takes the same lock exclusively in its own short transaction: it waits until every writer that already
-- has a number has committed or rolled back, and writers that start meanwhile draw their numbers after it is done,
-- so they are higher than anything it saw. The sequence must keep CACHE 1 (the default) for numbers to rise in the
-- order they are drawn across sessions.
-- The key 1935765612 (0x7361706c, "sapl") stands for alert subscription changes and is used nowhere else.

CREATE OR REPLACE FUNCTION alert_subscription_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1935765612);
    IF TG_OP = 'DELETE' THEN
        INSERT INTO alert_subscription_tombstone (subscription_id, change_seq, deleted_at)
        VALUES (OLD.id, nextval('alert_subscription_change_seq'), now());
        RETURN OLD;
    END IF;
    NEW.change_seq := nextval('alert_subscription_change_seq');
    RETURN NEW;
END $$;

CREATE TRIGGER alert_subscription_insert BEFORE INSERT ON alert_subscription
    FOR EACH ROW EXECUTE FUNCTION alert_subscription_changed();
