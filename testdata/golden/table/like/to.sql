CREATE TABLE audit_template (
    created_at timestamptz NOT NULL DEFAULT now(),
    note text,
    CHECK (created_at > '2000-01-01')
);
CREATE INDEX ON audit_template (created_at);
CREATE TABLE orders (id bigint PRIMARY KEY);
-- LIKE copies columns (NOT NULL always, defaults, constraints and indexes as included); the result is what is
-- compared and written out
CREATE TABLE invoices (id bigint PRIMARY KEY, LIKE audit_template INCLUDING ALL, amount numeric);
CREATE TABLE drafts (LIKE audit_template);
