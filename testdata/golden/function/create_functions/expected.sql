SET check_function_bodies = false;

CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ select a + b $$;

CREATE FUNCTION public.total_balance() RETURNS numeric
    LANGUAGE sql STABLE
    AS $$select coalesce(sum(balance), 0) from accounts$$;

CREATE FUNCTION public.rich(min_balance numeric) RETURNS SETOF public.accounts
    LANGUAGE sql STABLE
    AS $$ select * from accounts where balance >= min_balance $$;

CREATE FUNCTION public.split(s text, OUT head text, OUT tail text) RETURNS record
    LANGUAGE plpgsql
    AS $$
begin
    head := split_part(s, ',', 1);
    tail := substr(s, length(head) + 2);
end $$;

CREATE FUNCTION public.audit_note(msg text) RETURNS TABLE(at timestamp with time zone, note text)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ select now(), msg $$;

CREATE PROCEDURE public.reset_balances(to_value numeric DEFAULT 0)
    LANGUAGE sql
    AS $$ update accounts set balance = to_value $$;

COMMENT ON FUNCTION public.add(integer, integer) IS 'adds';
