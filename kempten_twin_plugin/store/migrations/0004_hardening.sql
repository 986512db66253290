-- Kempten Twin central schema, version 4: no login forges deletions or history, stalls the
-- writers, doubles an object or a photo's hash.
--
-- 1. Functions: nobody but the owner executes a function of the schema unless it needs to
--    (only capabilities() is for everyone). PostgreSQL checks EXECUTE when a trigger is
--    created, not when it fires, so a login can no longer attach record_tombstone() or
--    defect_history() to a table of its own; and every trigger function also refuses to
--    act on any table but the schema's own. defect_workflow() runs with the writer's
--    rights (it reads a table every reader may read); the two functions that write where
--    writers may not (tombstones, history) stay SECURITY DEFINER, with a fixed
--    search_path and the table check.
-- 2. Writers serialise through a row lock on writer_lock, which only writers may take
--    (UPDATE privilege), instead of an advisory lock any login could hold. Change numbers
--    still become visible in the order they were drawn. Clients set lock_timeout.
-- 3. An object code exists once per table (manhole, pipe, gully, lateral): a duplicate is
--    refused with unique_violation, constraint kt_object_code_unique, and the existing
--    object's uuid as detail, so a client can offer to rename or merge. Codes that were
--    duplicated before this version stay (the network check lists them).
-- 4. A photo's sha256 is computed by the server from the bytes it stores; a client's
--    hash that does not match them is refused.

CREATE TABLE @schema@.writer_lock (id integer PRIMARY KEY CHECK (id = 1));
INSERT INTO @schema@.writer_lock VALUES (1);
GRANT SELECT, UPDATE ON @schema@.writer_lock TO @prefix@maintenance, @prefix@planner,
    @prefix@admin;

CREATE OR REPLACE FUNCTION @schema@.track_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> ALL (ARRAY[
            'manhole', 'pipe', 'gully', 'lateral', 'defect', 'defect_event', 'defect_photo',
            'planned_project', 'planned_building', 'participation_comment', 'inspection',
            'observation', 'source_record']::name[]) THEN
        RAISE EXCEPTION 'track_change() acts on the tables of @schema@ only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        IF NEW.uuid IS DISTINCT FROM OLD.uuid THEN
            RAISE EXCEPTION 'Die uuid eines Objekts ist unveränderlich. / An object''s uuid never changes.'
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.version := OLD.version + 1;
    END IF;
    PERFORM 1 FROM @schema@.writer_lock WHERE id = 1 FOR UPDATE;
    NEW.changed_at := now();
    NEW.changed_by := session_user;
    NEW.change_seq := nextval('@schema@.change_seq');
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION @schema@.record_tombstone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> ALL (ARRAY[
            'manhole', 'pipe', 'gully', 'lateral', 'defect', 'defect_event', 'defect_photo',
            'planned_project', 'planned_building', 'participation_comment', 'inspection',
            'observation', 'source_record']::name[]) THEN
        RAISE EXCEPTION 'record_tombstone() acts on the tables of @schema@ only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM @schema@.writer_lock WHERE id = 1 FOR UPDATE;
    INSERT INTO @schema@.tombstone (uuid, table_name, change_seq, deleted_at, deleted_by)
    VALUES (OLD.uuid, TG_TABLE_NAME, nextval('@schema@.change_seq'), now(), session_user)
    ON CONFLICT (table_name, uuid) DO UPDATE
        SET change_seq = EXCLUDED.change_seq, deleted_at = EXCLUDED.deleted_at,
            deleted_by = EXCLUDED.deleted_by;
    RETURN OLD;
END
$$;

CREATE OR REPLACE FUNCTION @schema@.defect_workflow() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text;
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> 'defect' THEN
        RAISE EXCEPTION 'defect_workflow() acts on @schema@.defect only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'gemeldet' THEN
            RAISE EXCEPTION 'Ein neuer Mangel beginnt im Status „gemeldet“, nicht „%“. / A new defect starts as "gemeldet", not "%".',
                NEW.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        NEW.resolved_at := NULL;
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT EXISTS (SELECT 1 FROM @schema@.defect_transition
                       WHERE from_status = OLD.status AND to_status = NEW.status) THEN
            SELECT coalesce(string_agg(to_status, ', ' ORDER BY to_status), '–') INTO allowed
              FROM @schema@.defect_transition WHERE from_status = OLD.status;
            RAISE EXCEPTION 'Unzulässiger Statuswechsel von „%“ nach „%“ (erlaubt: %). / Illegal status change from "%" to "%" (allowed: %).',
                OLD.status, NEW.status, allowed, OLD.status, NEW.status, allowed
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.resolved_at := CASE WHEN NEW.status = 'behoben' THEN now() ELSE NULL END;
    ELSE
        NEW.resolved_at := OLD.resolved_at;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION @schema@.defect_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> 'defect' THEN
        RAISE EXCEPTION 'defect_history() acts on @schema@.defect only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO @schema@.defect_event (uuid, defect, at, by, from_status, to_status, note)
        VALUES (gen_random_uuid(), NEW.uuid, now(), session_user,
                CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.status_note);
    END IF;
    RETURN NULL;
END
$$;

-- An object code once per table; statement-level, so a bulk insert checks its rows with
-- one join instead of one lookup per row.
CREATE FUNCTION @schema@.refuse_duplicate_code() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    code text;
    mine uuid;
    other uuid;
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@'
            OR TG_TABLE_NAME NOT IN ('manhole', 'pipe', 'gully', 'lateral') THEN
        RAISE EXCEPTION 'refuse_duplicate_code() acts on the network tables of @schema@ only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT n.object_code, n.uuid, t.uuid FROM new_rows n JOIN %I.%I t '
                       'ON t.object_code = n.object_code AND t.uuid <> n.uuid LIMIT 1',
                       TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO code, mine, other;
    ELSE
        EXECUTE format('SELECT n.object_code, n.uuid, t.uuid FROM new_rows n '
                       'JOIN old_rows o ON o.uuid = n.uuid '
                       'JOIN %I.%I t ON t.object_code = n.object_code AND t.uuid <> n.uuid '
                       'WHERE n.object_code IS DISTINCT FROM o.object_code LIMIT 1',
                       TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO code, mine, other;
    END IF;
    IF other IS NOT NULL THEN
        RAISE EXCEPTION 'Die Objektbezeichnung „%“ gibt es in % schon. / The object code "%" exists in % already.',
            code, TG_TABLE_NAME, code, TG_TABLE_NAME
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'kt_object_code_unique',
                  DETAIL = other::text;
    END IF;
    RETURN NULL;
END
$$;

CREATE INDEX lateral_object_code ON @schema@.lateral (object_code);
DO $codes$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['manhole', 'pipe', 'gully', 'lateral'] LOOP
        EXECUTE format('CREATE TRIGGER b_unique_code_insert AFTER INSERT ON @schema@.%I '
                       'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT '
                       'EXECUTE FUNCTION @schema@.refuse_duplicate_code()', t);
        EXECUTE format('CREATE TRIGGER b_unique_code_update AFTER UPDATE ON @schema@.%I '
                       'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION @schema@.refuse_duplicate_code()', t);
    END LOOP;
END
$codes$;

-- A photo's hash is the server's: computed from the bytes it stores.
CREATE FUNCTION @schema@.photo_hash() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    computed text;
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> 'defect_photo' THEN
        RAISE EXCEPTION 'photo_hash() acts on @schema@.defect_photo only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.bytes IS NULL THEN
        NEW.sha256 := NULL;
        RETURN NEW;
    END IF;
    computed := encode(sha256(NEW.bytes), 'hex');
    IF NEW.sha256 IS NOT NULL AND lower(NEW.sha256) <> computed
            AND (TG_OP = 'INSERT' OR NEW.sha256 IS DISTINCT FROM OLD.sha256
                 OR NEW.bytes IS DISTINCT FROM OLD.bytes) THEN
        RAISE EXCEPTION 'Die Prüfsumme des Fotos passt nicht zu seinen Bytes. / The photo''s sha256 does not match its bytes.'
            USING ERRCODE = 'check_violation';
    END IF;
    NEW.sha256 := computed;
    RETURN NEW;
END
$$;
CREATE TRIGGER b_photo_hash BEFORE INSERT OR UPDATE ON @schema@.defect_photo
    FOR EACH ROW EXECUTE FUNCTION @schema@.photo_hash();
UPDATE @schema@.defect_photo SET sha256 = NULL
 WHERE bytes IS NOT NULL AND sha256 IS DISTINCT FROM encode(sha256(bytes), 'hex');

-- Only capabilities() is for everyone; the rest fire as triggers (no EXECUTE needed).
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA @schema@ FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA @schema@ REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
GRANT EXECUTE ON FUNCTION @schema@.capabilities() TO PUBLIC;
