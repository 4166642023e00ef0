-- f's result type and ok's parameter name change: both are dropped and created again, and with them what uses
-- them: a check, a generated column, an expression index, a partial index, a trigger's WHEN and a policy
CREATE FUNCTION f(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE FUNCTION ok(y integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT y > 0';
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE t (
    a integer CHECK (f(a) > 0),
    b integer,
    g integer GENERATED ALWAYS AS (f(a)) STORED
);
CREATE INDEX t_expr ON t (f(b));
CREATE INDEX t_part ON t (b) WHERE ok(b);
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW WHEN (ok(NEW.a)) EXECUTE FUNCTION trg();
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (ok(b));
