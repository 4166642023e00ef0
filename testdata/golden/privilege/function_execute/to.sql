CREATE FUNCTION add_points(account bigint, points integer) RETURNS integer
    LANGUAGE sql AS $$ SELECT points $$;
-- only the application may call it
REVOKE ALL ON FUNCTION add_points(bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_points(bigint, integer) TO app;

CREATE PROCEDURE archive_old(days integer)
    LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE EXECUTE ON PROCEDURE archive_old FROM PUBLIC;
GRANT EXECUTE ON ALL PROCEDURES IN SCHEMA public TO maintenance WITH GRANT OPTION;

-- back to the default: everyone may call it
CREATE FUNCTION public_helper() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
