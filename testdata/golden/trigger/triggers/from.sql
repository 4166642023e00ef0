create table orders (id int primary key, status text, total numeric);
create table order_log (order_id int, old_status text, new_status text);
create function log_status() returns trigger language plpgsql as $$
begin
  insert into order_log values (new.id, old.status, new.status);
  return new;
end $$;
create trigger orders_status after update on orders for each row execute function log_status();
create trigger orders_gone after delete on orders for each row execute function log_status();
