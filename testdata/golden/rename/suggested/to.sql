-- No hint: drops and adds that look like renames stay drops and adds (the plan never renames on a guess), and
-- say so beside the drop, naming the hint that would make them renames. A column added elsewhere than where
-- the dropped one was is no candidate.
create type order_state as enum ('placed', 'paid');
create table orders (id int primary key, remark text, qty int);
create table shipments (id int primary key, state order_state default 'placed');
create table audit_events (id bigint, what text, at timestamptz);
create table moved (a int, c int, d text);
