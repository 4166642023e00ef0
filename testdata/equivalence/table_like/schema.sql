-- CREATE TABLE … LIKE: pg_dump writes the tables it made, each column, key and index written out (named for the
-- new table).
CREATE TABLE audit_template (
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text COLLATE "C" DEFAULT current_user,
    note text,
    version integer GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT created_sane CHECK (created_at > '2000-01-01'),
    UNIQUE (created_by, created_at)
);
CREATE INDEX audit_template_note_idx ON audit_template (lower(note));
COMMENT ON COLUMN audit_template.note IS 'free text';

CREATE TABLE orders (id bigint PRIMARY KEY, LIKE audit_template INCLUDING ALL EXCLUDING IDENTITY, total numeric);
CREATE TABLE notes (LIKE audit_template);
CREATE TABLE events (LIKE audit_template INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING IDENTITY);

-- CREATE TABLE … AS: a table with the query's columns (pg_dump writes the table, not the query)
CREATE TABLE as_constants AS SELECT 1 AS id, ''::text AS string, now() AS at;
CREATE TABLE as_series AS SELECT x::int AS val FROM generate_series(1, 10) x;
CREATE TABLE as_named (a, b) AS SELECT 1::bigint, 'x' WITH NO DATA;
CREATE TABLE as_copy AS SELECT id, total FROM orders;
