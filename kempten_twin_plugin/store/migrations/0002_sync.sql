-- Kempten Twin central schema, version 2: what sync needs from the server.
--
-- 1. Pushed batches are recorded in the same transaction that applies them, so a client
--    that retries after a lost acknowledgement learns the batch is in and applies nothing
--    twice.
-- 2. Writers take one transaction-scoped advisory lock before drawing a change number.
--    Change numbers then become visible in the order they were drawn, so a client that
--    pulls "change_seq > last seen" can never skip a row that an older, slower
--    transaction commits later. Writers queue for each other only while they write.

CREATE TABLE @schema@.sync_batch (
    batch_id uuid PRIMARY KEY,
    login text NOT NULL DEFAULT session_user,
    applied_at timestamptz NOT NULL DEFAULT now(),
    result jsonb NOT NULL
);
ALTER TABLE @schema@.sync_batch ENABLE ROW LEVEL SECURITY;
-- Each login sees and records only its own batches.
CREATE POLICY own_batches ON @schema@.sync_batch FOR ALL TO @prefix@reader
    USING (login = session_user) WITH CHECK (login = session_user);
GRANT SELECT, INSERT ON @schema@.sync_batch TO @prefix@reader;

CREATE OR REPLACE FUNCTION @schema@.track_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        IF NEW.uuid IS DISTINCT FROM OLD.uuid THEN
            RAISE EXCEPTION 'Die uuid eines Objekts ist unveränderlich. / An object''s uuid never changes.'
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('@schema@.change_seq'));
    NEW.changed_at := now();
    NEW.changed_by := session_user;
    NEW.change_seq := nextval('@schema@.change_seq');
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION @schema@.record_tombstone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('@schema@.change_seq'));
    INSERT INTO @schema@.tombstone (uuid, table_name, change_seq, deleted_at, deleted_by)
    VALUES (OLD.uuid, TG_TABLE_NAME, nextval('@schema@.change_seq'), now(), session_user)
    ON CONFLICT (table_name, uuid) DO UPDATE
        SET change_seq = EXCLUDED.change_seq, deleted_at = EXCLUDED.deleted_at,
            deleted_by = EXCLUDED.deleted_by;
    RETURN OLD;
END
$$;
