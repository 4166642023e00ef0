CREATE DOMAIN code AS text CHECK (VALUE <> '');
-- The server keeps DEFAULT NULL when the NULL goes through a type modifier's coercion or a domain (pg_dump prints
-- it back as NULL::character varying …), and drops it for plain types: c and f show no change.
CREATE TABLE t (
    id integer PRIMARY KEY,
    a varchar(255) DEFAULT NULL,
    b numeric(10,2),
    c integer DEFAULT NULL,
    d timestamp(0) without time zone DEFAULT NULL::timestamp without time zone,
    e code DEFAULT NULL,
    f text DEFAULT NULL::text
);
