CREATE TABLE docs (
    id bigint PRIMARY KEY,
    body text STORAGE EXTERNAL COMPRESSION pglz,
    kind text,
    score integer,
    title text
);
-- statistics back to the default, n_distinct changed, one option added
ALTER TABLE docs ALTER COLUMN kind SET STATISTICS -1;
ALTER TABLE docs ALTER COLUMN kind SET (n_distinct = 50, n_distinct_inherited = 60);
-- a new type brings its own storage: nothing to reset on score
ALTER TABLE ONLY docs ALTER COLUMN title SET STATISTICS 1000;
-- setting the type's own storage is no setting
ALTER TABLE docs ALTER COLUMN id SET STORAGE PLAIN;

CREATE TABLE events (id bigint, payload jsonb);
ALTER TABLE events ALTER COLUMN payload SET STORAGE MAIN, ALTER COLUMN id SET STATISTICS 100;
