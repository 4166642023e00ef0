SET check_function_bodies = false;

-- re-created: function public.ok(integer) is dropped or re-created
DROP TRIGGER t_trg ON public.t;

-- re-created: function public.ok(integer) is dropped or re-created
DROP POLICY p ON public.t;

-- re-created: function public.f(integer) is dropped or re-created
ALTER TABLE public.t DROP CONSTRAINT t_a_check;

-- re-created: function public.f(integer) is dropped or re-created
DROP INDEX public.t_expr;

-- re-created: function public.ok(integer) is dropped or re-created
DROP INDEX public.t_part;

-- re-created: function public.f(integer) is dropped or re-created
ALTER TABLE public.t DROP COLUMN g;

DROP FUNCTION public.f(integer);

DROP FUNCTION public.ok(integer);

CREATE FUNCTION public.f(x integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$SELECT x + 1$$;

CREATE FUNCTION public.ok(y integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$SELECT y > 0$$;

-- re-created: function public.f(integer) is dropped or re-created
ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS (f(a)) STORED;

-- re-created: function public.f(integer) is dropped or re-created
ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK (f(a) > 0);

-- re-created: function public.f(integer) is dropped or re-created
CREATE INDEX t_expr ON public.t ((f(b)));

-- re-created: function public.ok(integer) is dropped or re-created
CREATE INDEX t_part ON public.t (b) WHERE (ok(b));

-- re-created: function public.ok(integer) is dropped or re-created
CREATE TRIGGER t_trg BEFORE INSERT ON public.t FOR EACH ROW WHEN (ok(NEW.a)) EXECUTE FUNCTION public.trg();

-- re-created: function public.ok(integer) is dropped or re-created
CREATE POLICY p ON public.t TO public USING (ok(b));
