SET check_function_bodies = false;

-- re-created: function public.f() is dropped or re-created
ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT;

-- re-created: function public.next_ticket() is dropped or re-created
ALTER TABLE public.tickets ALTER COLUMN number DROP DEFAULT;

-- re-created: function public.next_ticket() is dropped or re-created
ALTER TABLE public.tickets ALTER COLUMN code DROP DEFAULT;

DROP FUNCTION public.f();

DROP FUNCTION public.next_ticket();

CREATE FUNCTION public.f() RETURNS bigint
    LANGUAGE sql
    AS $$SELECT 1$$;

CREATE FUNCTION public.next_ticket() RETURNS bigint
    LANGUAGE sql
    AS $$SELECT 1000$$;

-- re-created: function public.f() is dropped or re-created
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT f();

ALTER TABLE public.tickets ALTER COLUMN number TYPE bigint;

-- re-created: function public.next_ticket() is dropped or re-created
ALTER TABLE public.tickets ALTER COLUMN number SET DEFAULT next_ticket();

ALTER TABLE public.tickets ALTER COLUMN code TYPE text;

-- re-created: function public.next_ticket() is dropped or re-created
ALTER TABLE public.tickets ALTER COLUMN code SET DEFAULT next_ticket() + 1;
