-- Kempten Twin central schema, version 7: the citizens' portal.
--
-- A building project gets a text for the public (description) and a flag whether it is
-- published (public, default no: an export without a named project takes only these).
-- A citizen's comment may name the planned building it is about; deleting the building
-- keeps the comment (with the project it belongs to).
-- The table grants and row-level security policies of version 1 cover the new columns:
-- readers read them, planners and administrators write them.

ALTER TABLE @schema@.planned_project ADD COLUMN description text;
ALTER TABLE @schema@.planned_project ADD COLUMN public boolean DEFAULT false;
ALTER TABLE @schema@.participation_comment ADD COLUMN building uuid
    REFERENCES @schema@.planned_building (uuid) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX participation_comment_building ON @schema@.participation_comment (building);
