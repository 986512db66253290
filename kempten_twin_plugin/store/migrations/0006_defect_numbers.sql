-- Kempten Twin central schema, version 6: readable defect numbers, unique by the server.
--
-- A client numbers its new defects offline in its login's yearly sequence,
-- M-<year>-<login>-<nnnn> (core.defects.rules.sequenced_number), unique across desktops by
-- construction. The server trusts no client with that: it keeps the number a new defect
-- brings only while no other defect has it and, if the number names a login, that login
-- is the writer's own. Otherwise (the same login offline on two desktops, a number of
-- another login's sequence) it gives the defect the writer's next free number of that
-- year; the client learns it with its next pull. Older numbers (M-2026-0A1B2C3D) stay.
-- The trigger fires after z_track_change, so it counts under the writers' lock.

CREATE OR REPLACE FUNCTION @schema@.defect_number() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parts text[];
    tag text := coalesce(nullif(regexp_replace(session_user::text, '\s+', '_', 'g'), ''),
                         'lokal');
    prefix text;
    next_number integer;
BEGIN
    IF TG_TABLE_SCHEMA <> '@schema@' OR TG_TABLE_NAME <> 'defect' THEN
        RAISE EXCEPTION 'defect_number() acts on @schema@.defect only.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    parts := regexp_match(NEW.defect_number, '^M-([0-9]{4})-(.+)-([0-9]+)$');
    IF NEW.defect_number IS NOT NULL AND NEW.defect_number <> ''
       AND NOT EXISTS (SELECT 1 FROM @schema@.defect d
                       WHERE d.defect_number = NEW.defect_number AND d.uuid <> NEW.uuid)
       AND (parts IS NULL OR parts[2] = tag) THEN
        RETURN NEW;
    END IF;
    prefix := 'M-' || coalesce(parts[1], to_char(coalesce(NEW.reported_at, now())
                                                  AT TIME ZONE 'UTC', 'YYYY'))
              || '-' || tag || '-';
    SELECT coalesce(max(substr(d.defect_number, length(prefix) + 1)::integer), 0) + 1
      INTO next_number
      FROM @schema@.defect d
     WHERE left(d.defect_number, length(prefix)) = prefix
       AND substr(d.defect_number, length(prefix) + 1) ~ '^[0-9]{1,9}$';
    NEW.defect_number := prefix || lpad(next_number::text, 4, '0');
    RETURN NEW;
END
$$;

CREATE TRIGGER zz_defect_number BEFORE INSERT ON @schema@.defect
    FOR EACH ROW EXECUTE FUNCTION @schema@.defect_number();

REVOKE ALL ON FUNCTION @schema@.defect_number() FROM PUBLIC;
