CREATE SCHEMA api;

-- web may also write what is created in api from now on
ALTER DEFAULT PRIVILEGES IN SCHEMA api GRANT SELECT, INSERT, UPDATE ON TABLES TO web;
-- no longer for migrator's tables
-- functions: nobody but their owner and api_caller by default (the database-wide entry)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO api_caller;
ALTER DEFAULT PRIVILEGES FOR ROLE migrator GRANT USAGE ON TYPES TO web WITH GRANT OPTION;
