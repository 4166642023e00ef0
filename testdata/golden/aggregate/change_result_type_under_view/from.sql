CREATE FUNCTION int_add(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 + $2 $$;
CREATE AGGREGATE total(integer) (SFUNC = int_add, STYPE = integer, INITCOND = '0');

CREATE TABLE items (qty integer);
CREATE VIEW stock AS SELECT total(qty) AS qty FROM items;
