create table p (id integer primary key);
create table c (pid integer references p);
create table accounts (id integer primary key);
create table orders (id integer primary key, account_id integer not null references accounts);
create table invoices (id integer primary key, order_id integer references orders);
create table nodes (id integer primary key, parent integer references nodes);
create table rates (code integer primary key);
create table prices (rate integer references rates, amount numeric);
