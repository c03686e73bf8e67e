-- The version of what the in-memory company search index holds (CompanySearchIndex): every company, its place in name
-- order and its search terms. Any transaction that inserts, deletes or truncates companies or changes a name, CVR
-- number or search terms raises it once, in the same transaction, so an index built in one snapshot together with the
-- version it read is exactly the committed register of that version, whoever wrote it (the service, the import, undo,
-- retention, SQL by hand). The trigger fires before the statement, so a writer takes this row's lock before it locks
-- any company row and writers cannot deadlock on it.
CREATE TABLE company_search_version (
    id        INT PRIMARY KEY CHECK (id = 1),
    version   BIGINT NOT NULL,
    last_xact XID8
);
INSERT INTO company_search_version (id, version) VALUES (1, 0);

CREATE FUNCTION company_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE company_search_version SET version = version + 1, last_xact = pg_current_xact_id()
     WHERE id = 1 AND last_xact IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END
$$;

CREATE TRIGGER company_search_changed
    BEFORE INSERT OR DELETE OR TRUNCATE OR UPDATE OF name, cvr, search_terms ON company
    FOR EACH STATEMENT EXECUTE FUNCTION company_search_changed();
