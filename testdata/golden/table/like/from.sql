CREATE TABLE audit_template (
    created_at timestamptz NOT NULL DEFAULT now(),
    note text,
    CHECK (created_at > '2000-01-01')
);
CREATE INDEX ON audit_template (created_at);
CREATE TABLE orders (id bigint PRIMARY KEY);
