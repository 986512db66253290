-- Kempten Twin central schema, version 3: inspections (Zustandsdaten) with their coded
-- observations, and the raw exchange-file codes of an asset (ISYBAU XML, DWA-M 150) that
-- have no column of their own, so an import never drops a value silently.

CREATE TABLE @schema@.inspection (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    asset_table text NOT NULL CHECK (asset_table IN ('manhole', 'pipe')),
    asset uuid,  -- no foreign key: manhole or pipe; empty when the file named an unknown asset
    object_code text NOT NULL,
    inspected_on date,
    direction text,
    standard text,
    condition_class integer CHECK (condition_class BETWEEN 0 AND 5),
    condition_scheme text CHECK (condition_scheme IN ('DWA-M 149-3', 'ISYBAU')),
    source text,
    CHECK (condition_class IS NULL OR condition_scheme IS NOT NULL)
);

CREATE TABLE @schema@.observation (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    inspection uuid NOT NULL REFERENCES @schema@.inspection (uuid) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    position integer NOT NULL,
    station double precision,
    code text NOT NULL,
    characterisation1 text,
    characterisation2 text,
    quantity1 text,
    quantity2 text,
    clock_from text,
    clock_to text,
    condition_class integer CHECK (condition_class BETWEEN 0 AND 5),
    condition_scheme text CHECK (condition_scheme IN ('DWA-M 149-3', 'ISYBAU')),
    remark text,
    CHECK (condition_class IS NULL OR condition_scheme IS NOT NULL)
);

CREATE TABLE @schema@.source_record (
    uuid uuid PRIMARY KEY,
    version integer NOT NULL DEFAULT 1,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT session_user,
    change_seq bigint NOT NULL DEFAULT 0,
    asset_table text NOT NULL CHECK (asset_table IN ('manhole', 'pipe', 'lateral', 'gully')),
    asset uuid NOT NULL,
    object_code text NOT NULL,
    format text NOT NULL,
    codes text NOT NULL  -- a JSON object as the client wrote it
);

DO $tables$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['inspection', 'observation', 'source_record'] LOOP
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
    END LOOP;
END
$tables$;
CREATE INDEX inspection_asset ON @schema@.inspection (asset);
CREATE INDEX inspection_object_code ON @schema@.inspection (object_code);
CREATE INDEX observation_inspection ON @schema@.observation (inspection);
CREATE INDEX source_record_asset ON @schema@.source_record (asset);

-- Everyone reads; the network (and what came with it from exchange files) is written by
-- administrators, who import it.
GRANT SELECT ON @schema@.inspection, @schema@.observation, @schema@.source_record
    TO @prefix@reader;
GRANT INSERT, UPDATE, DELETE ON @schema@.inspection, @schema@.observation,
    @schema@.source_record TO @prefix@admin;
