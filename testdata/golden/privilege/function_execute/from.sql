CREATE FUNCTION add_points(account bigint, points integer) RETURNS integer
    LANGUAGE sql AS $$ SELECT points $$;

CREATE PROCEDURE archive_old(days integer)
    LANGUAGE sql AS $$ SELECT 1 $$;

CREATE FUNCTION public_helper() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
REVOKE EXECUTE ON FUNCTION public_helper() FROM PUBLIC;
