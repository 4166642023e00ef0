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
