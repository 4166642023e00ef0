CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
-- a filter now: dropped and created again; another disabled and commented; one gone, one new
CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('create table', 'ALTER TABLE')
    EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE PROCEDURE on_ddl();
ALTER EVENT TRIGGER log_drop DISABLE;
COMMENT ON EVENT TRIGGER log_drop IS 'off for now';
CREATE EVENT TRIGGER new_one ON table_rewrite EXECUTE FUNCTION on_ddl();
