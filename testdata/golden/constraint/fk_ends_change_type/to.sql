-- p.id and c.pid become text: the foreign key cannot hold between text and integer, so it is dropped before the
-- first type change and added after the last (likewise nodes, which references itself, and rates to numeric).
-- accounts and orders go to bigint together, and orders.id alone (invoices.order_id stays integer): the server
-- keeps those keys through each statement, so they stay
create table p (id text primary key);
create table c (pid text references p);
create table accounts (id bigint primary key);
create table orders (id bigint primary key, account_id bigint not null references accounts);
create table invoices (id integer primary key, order_id integer references orders);
create table nodes (id uuid primary key, parent uuid references nodes);
create table rates (code numeric primary key);
create table prices (rate numeric references rates, amount numeric);
