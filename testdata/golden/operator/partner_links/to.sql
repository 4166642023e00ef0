-- the same operators as pg_dump writes them: each link on both sides
create function f(a int, b int) returns boolean language sql immutable as $$ select a = b $$;
create function g(a int, b int) returns boolean language sql immutable as $$ select a <> b $$;
create function lt(a int, b text) returns boolean language sql immutable as $$ select a::text < b $$;
create function gt(a text, b int) returns boolean language sql immutable as $$ select a > b::text $$;
create operator public.!== (function = public.g, leftarg = integer, rightarg = integer, negator = operator(public.===));
create operator public.=== (function = public.f, leftarg = integer, rightarg = integer, negator = operator(public.!==));
create operator public.<~ (function = public.lt, leftarg = integer, rightarg = text, commutator = operator(public.~>));
create operator public.~> (function = public.gt, leftarg = text, rightarg = integer, commutator = operator(public.<~));
