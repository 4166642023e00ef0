-- An enum label renamed, and one added. Without the hint the label's removal would replace the whole type and
-- convert every column using it. The server shows the new label wherever the old one was used.
create type order_state as enum ('new', 'paid', 'shipped');
create table orders (
    id int primary key,
    state order_state not null default 'new',
    history order_state[] default '{new}',
    constraint shipped_needs_id check (state <> 'shipped' or id > 0)
);
create index open_orders on orders (id) where state in ('new', 'paid');
create view unpaid as select id from orders where state = 'new';
