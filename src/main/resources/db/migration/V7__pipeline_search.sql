-- Public search: the CPV divisions (first two digits) of every entry as an indexed array, so the division filter is
-- an index lookup (cpv_divisions @> ARRAY['45']) instead of a LIKE over every entry's codes.

CREATE FUNCTION cpv_divisions(codes TEXT[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT coalesce(array_agg(DISTINCT left(c, 2) ORDER BY left(c, 2)), '{}') FROM unnest(codes) AS c $$;

ALTER TABLE planned_procurement
    ADD COLUMN cpv_divisions TEXT[] GENERATED ALWAYS AS (cpv_divisions(cpv_codes)) STORED;
CREATE INDEX planned_procurement_cpv_divisions_idx ON planned_procurement USING gin (cpv_divisions);
