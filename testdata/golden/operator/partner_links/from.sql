-- a negator and a commutator named on one side only: the server links both ways (a shell made for the partner is
-- filled when it is created)
create function f(a int, b int) returns boolean language sql immutable as $$ select a = b $$;
create function g(a int, b int) returns boolean language sql immutable as $$ select a <> b $$;
create function lt(a int, b text) returns boolean language sql immutable as $$ select a::text < b $$;
create function gt(a text, b int) returns boolean language sql immutable as $$ select a > b::text $$;
create operator === (function = f, leftarg = int, rightarg = int, negator = !==);
create operator !== (function = g, leftarg = int, rightarg = int);
create operator <~ (function = lt, leftarg = int, rightarg = text);
create operator ~> (function = gt, leftarg = text, rightarg = int, commutator = <~);
