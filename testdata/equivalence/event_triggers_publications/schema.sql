-- Event triggers and publications: pg_dump writes publication tables as ALTER PUBLICATION … ADD TABLE ONLY,
-- spells out publish = '…', upper-cases event trigger tags.
CREATE TABLE t1 (id int PRIMARY KEY, a text, b int);
CREATE TABLE t2 (id int PRIMARY KEY);
CREATE SCHEMA s;
CREATE TABLE s.t3 (x int);
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('create table', 'ALTER TABLE') EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE PROCEDURE on_ddl();
ALTER EVENT TRIGGER log_drop DISABLE;
COMMENT ON EVENT TRIGGER log_ddl IS 'logs';
CREATE PUBLICATION p_all FOR ALL TABLES;
CREATE PUBLICATION p_some FOR TABLE t1 (id, a) WHERE (b > 0), t2 WITH (publish = 'insert,update');
CREATE PUBLICATION p_schema FOR TABLES IN SCHEMA s;
CREATE PUBLICATION p_empty;
ALTER PUBLICATION p_empty ADD TABLE t2;
COMMENT ON PUBLICATION p_some IS 'some';
