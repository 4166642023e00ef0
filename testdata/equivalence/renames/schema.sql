-- A schema kept as a series of migrations: objects renamed and moved after others came to use them. The server
-- binds by identity, so what uses them shows the new names (pg_dump prints them so).
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN short_text AS varchar(20);
CREATE TABLE people (
    id serial PRIMARY KEY,
    name text,
    m mood DEFAULT 'happy',
    nick short_text,
    CHECK (m <> 'sad'::mood)
);
CREATE INDEX people_name_idx ON people (lower(name));
CREATE VIEW v_people AS SELECT id, name, m FROM people WHERE name IS NOT NULL;
CREATE VIEW v_names AS SELECT p.name AS who FROM v_people p;
CREATE TABLE pets (id int PRIMARY KEY, owner int REFERENCES people(id), kind mood[]);

ALTER TABLE people RENAME TO persons;
ALTER TABLE persons RENAME COLUMN name TO full_name;
ALTER TYPE mood RENAME TO feeling;
ALTER DOMAIN short_text RENAME TO tiny_text;
ALTER SEQUENCE people_id_seq RENAME TO persons_id_seq;
ALTER VIEW v_people RENAME TO v_persons;
CREATE SCHEMA app;
ALTER TABLE pets SET SCHEMA app;
