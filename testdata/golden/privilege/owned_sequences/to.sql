-- a sequence linked to a table must have its owner: new owners first, then OWNED BY
CREATE SEQUENCE s;
CREATE TABLE t (id bigint DEFAULT nextval('s'));
ALTER TABLE t OWNER TO bob;
ALTER SEQUENCE s OWNER TO bob;
ALTER SEQUENCE s OWNED BY t.id;
CREATE TABLE n (id serial);
ALTER TABLE n OWNER TO bob;
