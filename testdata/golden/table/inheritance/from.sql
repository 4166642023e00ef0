CREATE TABLE animals (id bigint PRIMARY KEY, name text NOT NULL, CHECK (name <> ''));
CREATE TABLE cats (lives integer DEFAULT 9) INHERITS (animals);
CREATE TABLE rocks (id bigint NOT NULL, name text NOT NULL CONSTRAINT animals_name_check CHECK (name <> ''));
