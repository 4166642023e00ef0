CREATE SCHEMA stats;

CREATE FUNCTION stats.count_step(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 + 1 $$;
-- (*): no arguments, as count(*)
CREATE AGGREGATE stats.rows_seen(*) (SFUNC = stats.count_step, STYPE = bigint, INITCOND = '0');

CREATE FUNCTION stats.pick_step(internal, anyelement) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION stats.pick_final(internal, double precision, anyelement) RETURNS anyelement
    LANGUAGE internal AS 'percentile_disc_final';
-- an ordered-set aggregate: a direct argument, then ORDER BY the aggregated one
CREATE AGGREGATE stats.pick(double precision ORDER BY anyelement) (
    SFUNC = stats.pick_step,
    STYPE = internal,
    FINALFUNC = stats.pick_final,
    FINALFUNC_EXTRA
);
-- the old form, before argument lists
CREATE AGGREGATE stats.old_style (BASETYPE = bigint, SFUNC = int8pl, STYPE = bigint);
