-- Kempten Twin central schema, version 1: the tables of DESIGN.md §4, change tracking,
-- roles with row-level security, and the defect workflow enforced by the server.
--
-- @schema@ and @prefix@ are replaced by the installer with checked identifiers
-- (default kempten_twin and kt_), so several municipalities can share one cluster.
-- This file is frozen once released: later changes go into new numbered files.

CREATE SCHEMA IF NOT EXISTS @schema@;

CREATE TABLE @schema@.schema_version (
    version integer PRIMARY KEY,
    description text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user,
    plugin_version text
);

-- Roles are cluster-wide and may exist already (another schema, an earlier install).
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['@prefix@reader', '@prefix@maintenance', '@prefix@planner',
                             '@prefix@admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$roles$;
GRANT @prefix@reader TO @prefix@maintenance, @prefix@planner, @prefix@admin;
GRANT @prefix@maintenance, @prefix@planner TO @prefix@admin;

-- One sequence orders every change, so a client pulls "change_seq > last seen".
CREATE SEQUENCE @schema@.change_seq;

CREATE TABLE @schema@.tombstone (
    uuid uuid NOT NULL,
    table_name text NOT NULL,
    change_seq bigint NOT NULL,
    deleted_at timestamptz NOT NULL,
    deleted_by text NOT NULL,
    PRIMARY KEY (table_name, uuid)
);
CREATE INDEX tombstone_change_seq ON @schema@.tombstone (change_seq);

-- version, changed_at, changed_by and change_seq belong to the server: whatever a client
-- sends is replaced. changed_by is the database login (session_user), which a client
-- cannot choose. Deliberately neither SECURITY DEFINER nor SET search_path: it runs on
-- every write, and a per-call setting costs about a tenth of an insert (see
-- BENCHMARKS.md); every name in it is schema-qualified or from pg_catalog.
CREATE FUNCTION @schema@.track_change() RETURNS trigger
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
    NEW.changed_at := now();
    NEW.changed_by := session_user;
    NEW.change_seq := nextval('@schema@.change_seq');
    RETURN NEW;
END
$$;

CREATE FUNCTION @schema@.record_tombstone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO @schema@.tombstone (uuid, table_name, change_seq, deleted_at, deleted_by)
    VALUES (OLD.uuid, TG_TABLE_NAME, nextval('@schema@.change_seq'), now(), session_user)
    ON CONFLICT (table_name, uuid) DO UPDATE
        SET change_seq = EXCLUDED.change_seq, deleted_at = EXCLUDED.deleted_at,
            deleted_by = EXCLUDED.deleted_by;
    RETURN OLD;
END
$$;

-- Tables -------------------------------------------------------------------------------

CREATE TABLE @schema@.manhole (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    object_code text NOT NULL,
    node_kind text NOT NULL CHECK (node_kind IN ('Schacht', 'Anschlusspunkt', 'Bauwerk')),
    drainage text CHECK (drainage IN ('KS', 'KR', 'KM')),
    cover_level double precision,
    invert_level double precision,
    depth double precision,
    material text,
    year_built integer CHECK (year_built BETWEEN 1800 AND 2200),
    condition_class integer CHECK (condition_class BETWEEN 0 AND 5),
    condition_scheme text CHECK (condition_scheme IN ('DWA-M 149-3', 'ISYBAU')),
    street text,
    geom geometry(Point, 25832),
    CHECK (condition_class IS NULL OR condition_scheme IS NOT NULL)
);

CREATE TABLE @schema@.pipe (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    object_code text NOT NULL,
    from_manhole uuid REFERENCES @schema@.manhole (uuid) DEFERRABLE INITIALLY DEFERRED,
    to_manhole uuid REFERENCES @schema@.manhole (uuid) DEFERRABLE INITIALLY DEFERRED,
    invert_from double precision,
    invert_to double precision,
    length double precision CHECK (length >= 0),
    profile text,
    width_mm integer CHECK (width_mm > 0),
    height_mm integer CHECK (height_mm > 0),
    material text,
    drainage text CHECK (drainage IN ('KS', 'KR', 'KM')),
    year_built integer CHECK (year_built BETWEEN 1800 AND 2200),
    condition_class integer CHECK (condition_class BETWEEN 0 AND 5),
    condition_scheme text CHECK (condition_scheme IN ('DWA-M 149-3', 'ISYBAU')),
    street text,
    geom geometry(LineString, 25832),
    CHECK (condition_class IS NULL OR condition_scheme IS NOT NULL)
);

CREATE TABLE @schema@.gully (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    object_code text NOT NULL,
    kind text,
    has_bucket boolean,
    pipe uuid REFERENCES @schema@.pipe (uuid) DEFERRABLE INITIALLY DEFERRED,
    cover_level double precision,
    street text,
    last_cleaned date,
    geom geometry(Point, 25832)
);

CREATE TABLE @schema@.lateral (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    object_code text NOT NULL,
    pipe uuid REFERENCES @schema@.pipe (uuid) DEFERRABLE INITIALLY DEFERRED,
    gully uuid REFERENCES @schema@.gully (uuid) DEFERRABLE INITIALLY DEFERRED,
    width_mm integer CHECK (width_mm > 0),
    material text,
    geom geometry(LineString, 25832)
);

CREATE TABLE @schema@.defect (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    defect_number text NOT NULL UNIQUE,
    asset_table text NOT NULL CHECK (asset_table IN ('gully', 'manhole', 'pipe')),
    asset uuid NOT NULL,
    category text NOT NULL,
    severity integer NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status text NOT NULL DEFAULT 'gemeldet' CHECK (status IN (
        'gemeldet', 'geprüft', 'abgelehnt', 'Duplikat', 'beauftragt', 'in Arbeit', 'behoben')),
    status_note text,  -- the note that goes with the latest status change into defect_event
    description text,
    reported_at timestamptz,
    reported_by text,
    source text CHECK (source IN ('staff', 'citizen', 'open311')),
    external_id text,
    assigned_to text,
    due_date date,
    resolved_at timestamptz,
    geom geometry(Point, 25832),
    -- The asset a defect belongs to, as real foreign keys per asset table.
    asset_gully uuid GENERATED ALWAYS AS (CASE WHEN asset_table = 'gully' THEN asset END) STORED
        REFERENCES @schema@.gully (uuid) DEFERRABLE INITIALLY DEFERRED,
    asset_manhole uuid GENERATED ALWAYS AS (CASE WHEN asset_table = 'manhole' THEN asset END) STORED
        REFERENCES @schema@.manhole (uuid) DEFERRABLE INITIALLY DEFERRED,
    asset_pipe uuid GENERATED ALWAYS AS (CASE WHEN asset_table = 'pipe' THEN asset END) STORED
        REFERENCES @schema@.pipe (uuid) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE @schema@.defect_event (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    defect uuid NOT NULL REFERENCES @schema@.defect (uuid) DEFERRABLE INITIALLY DEFERRED,
    at timestamptz NOT NULL,
    by text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    note text
);

CREATE TABLE @schema@.defect_photo (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    defect uuid NOT NULL REFERENCES @schema@.defect (uuid) DEFERRABLE INITIALLY DEFERRED,
    taken_at timestamptz,
    mime text,
    sha256 text,
    bytes bytea
);

CREATE TABLE @schema@.planned_project (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    name text NOT NULL,
    reference text,
    status text CHECK (status IN ('Idee', 'Planung', 'Genehmigung', 'Bau', 'fertig')),
    source text,
    geom geometry(Polygon, 25832)
);

CREATE TABLE @schema@.planned_building (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    project uuid NOT NULL REFERENCES @schema@.planned_project (uuid) DEFERRABLE INITIALLY DEFERRED,
    floors integer CHECK (floors >= 0),
    height_m double precision CHECK (height_m >= 0),
    base_level double precision,
    roof text,
    use text,
    geom geometry(Polygon, 25832)
);

CREATE TABLE @schema@.participation_comment (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    project uuid NOT NULL REFERENCES @schema@.planned_project (uuid) DEFERRABLE INITIALLY DEFERRED,
    external_id text,
    text text,
    created_at timestamptz,
    geom geometry(Point, 25832)
);

-- Indexes, tracking triggers and row-level security, the same for every synced table.
DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['manhole', 'pipe', 'gully', 'lateral', 'defect', 'defect_event',
                             'defect_photo', 'planned_project', 'planned_building',
                             'participation_comment'] LOOP
        EXECUTE format('CREATE INDEX %I ON @schema@.%I (change_seq)', t || '_change_seq', t);
        EXECUTE format('CREATE TRIGGER z_track_change BEFORE INSERT OR UPDATE ON @schema@.%I '
                       'FOR EACH ROW EXECUTE FUNCTION @schema@.track_change()', t);
        EXECUTE format('CREATE TRIGGER z_record_tombstone AFTER DELETE ON @schema@.%I '
                       'FOR EACH ROW EXECUTE FUNCTION @schema@.record_tombstone()', t);
        EXECUTE format('ALTER TABLE @schema@.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY read_all ON @schema@.%I FOR SELECT TO @prefix@reader '
                       'USING (true)', t);
        EXECUTE format('CREATE POLICY admin_all ON @schema@.%I FOR ALL TO @prefix@admin '
                       'USING (true) WITH CHECK (true)', t);
        IF t NOT IN ('defect_event', 'defect_photo', 'participation_comment') THEN
            EXECUTE format('CREATE INDEX %I ON @schema@.%I USING gist (geom)', t || '_geom', t);
        END IF;
    END LOOP;
END
$tables$;
CREATE INDEX participation_comment_geom ON @schema@.participation_comment USING gist (geom);
CREATE INDEX manhole_object_code ON @schema@.manhole (object_code);
CREATE INDEX pipe_object_code ON @schema@.pipe (object_code);
CREATE INDEX pipe_from_manhole ON @schema@.pipe (from_manhole);
CREATE INDEX pipe_to_manhole ON @schema@.pipe (to_manhole);
CREATE INDEX gully_object_code ON @schema@.gully (object_code);
CREATE INDEX gully_pipe ON @schema@.gully (pipe);
CREATE INDEX lateral_pipe ON @schema@.lateral (pipe);
CREATE INDEX defect_asset ON @schema@.defect (asset);
CREATE INDEX defect_status ON @schema@.defect (status);
CREATE INDEX defect_event_defect ON @schema@.defect_event (defect);
CREATE INDEX defect_photo_defect ON @schema@.defect_photo (defect);
CREATE INDEX planned_building_project ON @schema@.planned_building (project);

-- What each role may change; GRANTs make refusals errors, RLS policies decide rows.
GRANT USAGE ON SCHEMA @schema@ TO @prefix@reader;
GRANT SELECT ON ALL TABLES IN SCHEMA @schema@ TO @prefix@reader;

-- Writers draw change numbers in the tracking trigger, which runs with their rights.
GRANT USAGE ON SEQUENCE @schema@.change_seq TO @prefix@maintenance, @prefix@planner,
    @prefix@admin;
GRANT INSERT, UPDATE ON @schema@.defect TO @prefix@maintenance;
GRANT INSERT, UPDATE, DELETE ON @schema@.defect_photo TO @prefix@maintenance;
GRANT UPDATE (has_bucket, last_cleaned) ON @schema@.gully TO @prefix@maintenance;
CREATE POLICY maintenance_write ON @schema@.defect FOR ALL TO @prefix@maintenance
    USING (true) WITH CHECK (true);
CREATE POLICY maintenance_write ON @schema@.defect_photo FOR ALL TO @prefix@maintenance
    USING (true) WITH CHECK (true);
CREATE POLICY maintenance_update ON @schema@.gully FOR UPDATE TO @prefix@maintenance
    USING (true) WITH CHECK (true);

GRANT INSERT, UPDATE, DELETE ON @schema@.planned_project, @schema@.planned_building,
    @schema@.participation_comment TO @prefix@planner;
CREATE POLICY planner_write ON @schema@.planned_project FOR ALL TO @prefix@planner
    USING (true) WITH CHECK (true);
CREATE POLICY planner_write ON @schema@.planned_building FOR ALL TO @prefix@planner
    USING (true) WITH CHECK (true);
CREATE POLICY planner_write ON @schema@.participation_comment FOR ALL TO @prefix@planner
    USING (true) WITH CHECK (true);

GRANT INSERT, UPDATE, DELETE ON @schema@.manhole, @schema@.pipe, @schema@.gully,
    @schema@.lateral, @schema@.defect, @schema@.defect_photo, @schema@.planned_project,
    @schema@.planned_building, @schema@.participation_comment TO @prefix@admin;

-- The defect workflow ------------------------------------------------------------------

CREATE TABLE @schema@.defect_transition (
    from_status text NOT NULL,
    to_status text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO @schema@.defect_transition VALUES
    ('gemeldet', 'geprüft'), ('gemeldet', 'abgelehnt'), ('gemeldet', 'Duplikat'),
    ('geprüft', 'beauftragt'), ('beauftragt', 'in Arbeit'), ('in Arbeit', 'behoben'),
    ('behoben', 'gemeldet');
GRANT SELECT ON @schema@.defect_transition TO @prefix@reader;

CREATE FUNCTION @schema@.defect_workflow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text;
BEGIN
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
        -- resolved_at belongs to the server.
        NEW.resolved_at := CASE WHEN NEW.status = 'behoben' THEN now() ELSE NULL END;
    ELSE
        NEW.resolved_at := OLD.resolved_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER a_defect_workflow BEFORE INSERT OR UPDATE ON @schema@.defect
    FOR EACH ROW EXECUTE FUNCTION @schema@.defect_workflow();

-- Every status change writes exactly one event, by the server.
CREATE FUNCTION @schema@.defect_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO @schema@.defect_event (uuid, defect, at, by, from_status, to_status, note)
        VALUES (gen_random_uuid(), NEW.uuid, now(), session_user,
                CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.status_note);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER defect_history AFTER INSERT OR UPDATE ON @schema@.defect
    FOR EACH ROW EXECUTE FUNCTION @schema@.defect_history();

-- The history is append-only, for every role, the owner included.
CREATE FUNCTION @schema@.refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Der Verlauf eines Mangels kann nicht geändert oder gelöscht werden. / A defect''s history cannot be changed or deleted.'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER a_append_only BEFORE UPDATE OR DELETE ON @schema@.defect_event
    FOR EACH ROW EXECUTE FUNCTION @schema@.refuse_history_change();
CREATE TRIGGER a_append_only_truncate BEFORE TRUNCATE ON @schema@.defect_event
    FOR EACH STATEMENT EXECUTE FUNCTION @schema@.refuse_history_change();

-- What the current login may do, so the plugin greys out the rest.
CREATE FUNCTION @schema@.capabilities() RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'login', session_user::text,
        'schema_version', (SELECT max(version) FROM @schema@.schema_version),
        'read', has_table_privilege(session_user, '@schema@.pipe', 'SELECT'),
        'write_defects', has_table_privilege(session_user, '@schema@.defect', 'INSERT'),
        'maintain_gullies', has_column_privilege(session_user, '@schema@.gully', 'last_cleaned', 'UPDATE'),
        'write_planning', has_table_privilege(session_user, '@schema@.planned_building', 'INSERT'),
        'write_network', has_table_privilege(session_user, '@schema@.pipe', 'INSERT'),
        'admin', pg_has_role(session_user, '@prefix@admin', 'MEMBER'));
$$;
GRANT EXECUTE ON FUNCTION @schema@.capabilities() TO PUBLIC;
