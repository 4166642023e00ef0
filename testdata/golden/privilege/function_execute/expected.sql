GRANT EXECUTE ON FUNCTION public.add_points(bigint, integer) TO app;

REVOKE EXECUTE ON FUNCTION public.add_points(bigint, integer) FROM PUBLIC;

GRANT EXECUTE ON PROCEDURE public.archive_old(integer) TO maintenance WITH GRANT OPTION;

REVOKE EXECUTE ON PROCEDURE public.archive_old(integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.public_helper() TO PUBLIC;
