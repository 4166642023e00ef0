-- No hint: drops and adds that look like renames stay drops and adds (the plan never renames on a guess), and
-- say so beside the drop, naming the hint that would make them renames. A column added elsewhere than where
-- the dropped one was is no candidate.
create type order_state as enum ('new', 'paid');
create table orders (id int primary key, note text, qty int);
create table shipments (id int primary key, state order_state default 'new');
create table audit_log (id bigint, what text, at timestamptz);
create table moved (a int, b text, c int);
