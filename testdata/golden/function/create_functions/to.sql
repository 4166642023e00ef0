create table accounts (id int primary key, balance numeric not null default 0);
create function add(a int, b int default 1) returns int language sql immutable strict as $$ select a + b $$;
create function total_balance() returns numeric language sql stable as 'select coalesce(sum(balance), 0) from accounts';
create function rich(min_balance numeric) returns setof accounts language sql stable
    as $$ select * from accounts where balance >= min_balance $$;
create function split(s text, out head text, out tail text) language plpgsql as $$
begin
    head := split_part(s, ',', 1);
    tail := substr(s, length(head) + 2);
end $$;
create function audit_note(msg text) returns table (at timestamptz, note text) language sql
    security definer set search_path = public, pg_temp
    as $body$ select now(), msg $body$;
create procedure reset_balances(to_value numeric default 0) language sql as $$ update accounts set balance = to_value $$;
comment on function add(int, int) is 'adds';
