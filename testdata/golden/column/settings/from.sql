CREATE TABLE docs (
    id bigint PRIMARY KEY,
    body text,
    kind text,
    score numeric
);
ALTER TABLE docs ALTER COLUMN kind SET STATISTICS 500;
ALTER TABLE docs ALTER COLUMN kind SET (n_distinct = 20);
ALTER TABLE docs ALTER COLUMN score SET STORAGE EXTERNAL;
