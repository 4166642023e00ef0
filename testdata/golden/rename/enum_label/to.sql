-- An enum label renamed, and one added. Without the hint the label's removal would replace the whole type and
-- convert every column using it. The server shows the new label wherever the old one was used.
create type order_state as enum (
    'placed', -- schemadiff: renamed from new
    'paid',
    'shipped',
    'returned'
);
create table orders (
    id int primary key,
    state order_state not null default 'placed',
    history order_state[] default '{placed}',
    constraint shipped_needs_id check (state <> 'shipped' or id > 0)
);
create index open_orders on orders (id) where state in ('placed', 'paid');
create view unpaid as select id from orders where state = 'placed';
