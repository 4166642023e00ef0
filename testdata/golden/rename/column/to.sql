-- A column renamed, with what uses it: a key, an index and a check named after it, a foreign key to it,
-- a view reading it. Its type changes too; another column changes alone.
create table orders (
    id int primary key,
    remark text not null unique, -- schemadiff: renamed from note
    quantity bigint check (quantity > 0),  -- schemadiff: renamed from qty
    placed_at timestamp default now()
);
create index orders_remark_idx on orders (lower(remark));
create table order_notes (id int, note varchar(100) references orders (remark));
create view order_summary as select id, remark as note, quantity as qty from orders;
comment on column orders.remark is 'what the customer wrote';
