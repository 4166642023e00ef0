-- the server refuses to change the type of a column a trigger's WHEN or UPDATE OF, or a policy, uses: they are
-- dropped and created again around the change; so is a view over a partition the parent's change recurses to
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create table t (id int, a bigint, owner_id bigint);
create trigger t_when before update on t for each row when (new.a > 0) execute function touch();
create trigger t_update_of before update of a on t for each row execute function touch();
alter table t enable row level security;
create policy mine on t using (owner_id = 1);

create table m (id int, ts date, v bigint) partition by range (ts);
create table m1 partition of m for values from ('2024-01-01') to ('2025-01-01');
create view m1_values as select id, v from m1;
