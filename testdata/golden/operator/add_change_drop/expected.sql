DROP OPERATOR public.=== (integer, integer);

DROP OPERATOR public.!! (NONE, text);

DROP FUNCTION public.negate_text(text);

CREATE OPERATOR public.=== (
    FUNCTION = public.int_close,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.===),
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);

COMMENT ON OPERATOR public.=== (integer, integer) IS 'close enough';
