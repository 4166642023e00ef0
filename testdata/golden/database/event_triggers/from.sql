CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER log_drop ON sql_drop EXECUTE FUNCTION on_ddl();
CREATE EVENT TRIGGER old_one ON ddl_command_start EXECUTE FUNCTION on_ddl();
