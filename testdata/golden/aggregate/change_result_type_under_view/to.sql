CREATE FUNCTION int_add(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 + $2 $$;
CREATE FUNCTION big_add(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT $1 + $2 $$;
-- a new state type changes the result type: the aggregate is dropped and created again, the view around it
CREATE AGGREGATE total(integer) (SFUNC = big_add, STYPE = bigint, INITCOND = '0');

CREATE TABLE items (qty integer);
CREATE VIEW stock AS SELECT total(qty) AS qty FROM items;
