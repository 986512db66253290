-- Kempten Twin central schema, version 5: the values a Bebauungsplan (XPlanGML) sets for a
-- planned building's area, as columns a planner reads and filters by, not only inside the
-- description text: GRZ, GFZ, the number of full storeys (Zmin/Zmax) and the height rule
-- (hMin/hMax with its reference point and base, e.g. "FH über relativGelaendeoberkante").

ALTER TABLE @schema@.planned_building
    ADD COLUMN grz double precision CHECK (grz >= 0),
    ADD COLUMN gfz double precision CHECK (gfz >= 0),
    ADD COLUMN storeys_min integer CHECK (storeys_min >= 0),
    ADD COLUMN storeys_max integer CHECK (storeys_max >= 0),
    ADD COLUMN height_min_m double precision,
    ADD COLUMN height_max_m double precision,
    ADD COLUMN height_reference text;
