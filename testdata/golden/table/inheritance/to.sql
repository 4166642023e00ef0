-- the parent's new column reaches its child; a new child; a table that starts inheriting
CREATE TABLE animals (id bigint PRIMARY KEY, name text NOT NULL, born date, CHECK (name <> ''));
CREATE TABLE cats (lives integer DEFAULT 9) INHERITS (animals);
CREATE TABLE dogs (good boolean DEFAULT true, name text NOT NULL DEFAULT 'rex') INHERITS (animals);
CREATE TABLE rocks (id bigint NOT NULL, name text NOT NULL CONSTRAINT animals_name_check CHECK (name <> ''), born date);
ALTER TABLE rocks INHERIT animals;
