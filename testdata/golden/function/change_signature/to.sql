create table items (id int primary key, price numeric, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$ begin new.updated_at := clock_timestamp(); return new; end $$;
create trigger items_touch before update on items for each row execute function touch();
create function price_of(item int) returns bigint language sql as $$ select price::bigint from items where id = item $$;
create view item_prices as select id, price_of(id) as p from items;
