-- Functions, procedures and triggers as an application writes them.
create table accounts (
    id serial primary key,
    owner text not null,
    balance numeric(12,2) not null default 0,
    status varchar(10) not null default 'open',
    updated_at timestamptz
);

create table ledger (
    id bigint generated always as identity primary key,
    account_id int not null references accounts,
    amount numeric(12,2) not null,
    at timestamptz not null default now()
);

create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

create function add(a int, b int default 1) returns int
    language sql immutable strict
    as 'select a + b';

create or replace function balance_of(account int) returns numeric
    language sql stable
    as $$ select balance from accounts where id = account $$;

create function open_accounts(min_balance numeric default 0)
returns setof accounts language sql stable as $$
    select * from accounts where status = 'open' and balance >= min_balance
$$;

create function statement(account int)
returns table (at timestamptz, amount numeric)
language sql stable security definer
set search_path = public, pg_temp
as $$ select at, amount from ledger where account_id = account order by at $$;

create function split_name(full_name text, out first text, out last text)
language plpgsql immutable parallel safe cost 10 as $$
begin
    first := split_part(full_name, ' ', 1);
    last := substr(full_name, length(first) + 2);
end
$$;

create procedure close_account(account int, reason text default null)
language plpgsql as $$
begin
    update accounts set status = 'closed' where id = account;
end
$$;

create function log_change() returns trigger language plpgsql security definer as $$
begin
    insert into ledger (account_id, amount) values (new.id, new.balance - old.balance);
    return new;
end
$$;

create trigger accounts_touch before update on accounts
    for each row execute procedure touch();

create trigger accounts_balance after update of balance on accounts
    for each row when (old.balance is distinct from new.balance)
    execute function log_change();

create trigger accounts_status after update on accounts
    for each row when (new.status <> old.status and new.status = 'closed')
    execute function log_change();

create trigger ledger_stmt after insert or delete on ledger
    for each statement execute function touch();

alter table ledger disable trigger ledger_stmt;

comment on function add(int, int) is 'Adds two numbers';
comment on procedure close_account(int, text) is 'Closes an account';
comment on trigger accounts_touch on accounts is 'keeps updated_at current';

-- argument and result types lose their modifiers in the catalog (pg_dump: character, bit, character varying …)
CREATE FUNCTION typmods(a char(4), b char(4)[], c bit(4), d varchar(10), e numeric(10,2), i interval day)
    RETURNS TABLE(x char, y bit) LANGUAGE sql AS 'select null::char, null::bit';
CREATE FUNCTION typmod_result(a varchar(5)) RETURNS varchar(5) LANGUAGE sql AS 'select a';
CREATE FUNCTION typmod_out(OUT o numeric(5,1)) LANGUAGE sql AS 'select 1.0';
CREATE PROCEDURE typmod_proc(numeric(5,1)) LANGUAGE sql AS 'select 1';
