SET check_function_bodies = false;

CREATE FUNCTION stats.count_step(bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT $1 + 1 $$;

CREATE AGGREGATE stats.rows_seen(*) (
    SFUNC = stats.count_step,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE FUNCTION stats.pick_step(internal, anyelement) RETURNS internal
    LANGUAGE internal
    AS $$ordered_set_transition$$;

CREATE FUNCTION stats.pick_final(internal, double precision, anyelement) RETURNS anyelement
    LANGUAGE internal
    AS $$percentile_disc_final$$;

CREATE AGGREGATE stats.pick(double precision ORDER BY anyelement) (
    SFUNC = stats.pick_step,
    STYPE = internal,
    FINALFUNC = stats.pick_final,
    FINALFUNC_EXTRA
);

CREATE AGGREGATE stats.old_style(bigint) (
    SFUNC = int8pl,
    STYPE = bigint
);
