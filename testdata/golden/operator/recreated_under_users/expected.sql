-- re-created: operator public.=== (integer, integer) is dropped or re-created
DROP VIEW public.close_pairs;

-- re-created: operator public.=== (integer, integer) is dropped or re-created
ALTER TABLE public.t DROP CONSTRAINT t_check;

DROP OPERATOR public.=== (integer, integer);

CREATE OPERATOR public.=== (
    FUNCTION = public.int_close,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.===)
);

-- re-created: operator public.=== (integer, integer) is dropped or re-created
ALTER TABLE public.t ADD CONSTRAINT t_check CHECK (a === b);

-- re-created: operator public.=== (integer, integer) is dropped or re-created
CREATE VIEW public.close_pairs AS
select a, b from t where a === b;
