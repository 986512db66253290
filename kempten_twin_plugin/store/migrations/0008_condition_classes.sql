-- Kempten Twin central schema, version 8: condition classes as exchange files give them.
--
-- 1. An inspection may be of a lateral (Leitung / Anschlussleitung), not only of a manhole
--    or pipe: ISYBAU Anlagentyp 2, DWA-M 150 HG with Haltungsart B.
-- 2. Per inspection the file's damage score (a score, not a class: ISYBAU ZahlEndgueltig,
--    DWA-M 150 HI215) and its evaluation as it came (JSON); per observation the classes per
--    criterion (Dichtheit, Standsicherheit, Betriebssicherheit, in the observation's
--    condition_scheme), the damage score and the classification as it came (JSON).

ALTER TABLE @schema@.inspection DROP CONSTRAINT IF EXISTS inspection_asset_table_check;
ALTER TABLE @schema@.inspection ADD CONSTRAINT inspection_asset_table_check
    CHECK (asset_table IN ('manhole', 'pipe', 'lateral'));
ALTER TABLE @schema@.inspection
    ADD COLUMN damage_score double precision,
    ADD COLUMN evaluation text;
ALTER TABLE @schema@.observation
    ADD COLUMN class_tightness integer CHECK (class_tightness BETWEEN 0 AND 5),
    ADD COLUMN class_stability integer CHECK (class_stability BETWEEN 0 AND 5),
    ADD COLUMN class_operation integer CHECK (class_operation BETWEEN 0 AND 5),
    ADD COLUMN damage_score double precision,
    ADD COLUMN classification text;
ALTER TABLE @schema@.observation ADD CONSTRAINT observation_criterion_scheme_check
    CHECK (coalesce(class_tightness, class_stability, class_operation) IS NULL
           OR condition_scheme IS NOT NULL);
