-- The public list searches in memory (PublicSearchIndex, the shared Danish text analysis) since issue 12; nothing
-- reads PostgreSQL's full-text vector or the CPV division array any more. Both were computed on every write.
DROP INDEX IF EXISTS planned_procurement_search_idx;
ALTER TABLE planned_procurement DROP COLUMN IF EXISTS search_vector;
DROP INDEX IF EXISTS planned_procurement_cpv_divisions_idx;
ALTER TABLE planned_procurement DROP COLUMN IF EXISTS cpv_divisions;
DROP FUNCTION IF EXISTS cpv_divisions(TEXT[]);
