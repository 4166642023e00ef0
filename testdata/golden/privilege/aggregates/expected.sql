ALTER AGGREGATE public.total(integer) OWNER TO agg_owner;

REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;

ALTER AGGREGATE public.countall(*) OWNER TO agg_owner;

GRANT EXECUTE ON FUNCTION public.countall() TO agg_user;
