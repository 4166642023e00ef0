DROP EVENT TRIGGER log_ddl;

DROP EVENT TRIGGER old_one;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION public.on_ddl();

CREATE EVENT TRIGGER new_one ON table_rewrite
   EXECUTE FUNCTION public.on_ddl();

ALTER EVENT TRIGGER log_drop DISABLE;

COMMENT ON EVENT TRIGGER log_drop IS 'off for now';
