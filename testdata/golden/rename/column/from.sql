-- A column renamed, with what uses it: a key, an index and a check named after it, a foreign key to it,
-- a view reading it. Its type changes too; another column changes alone.
create table orders (
    id int primary key,
    note varchar(100) not null unique,
    qty int check (qty > 0),
    placed_at timestamp
);
create index orders_note_idx on orders (lower(note));
create table order_notes (id int, note varchar(100) references orders (note));
create view order_summary as select id, note, qty from orders;
comment on column orders.note is 'what the customer wrote';
