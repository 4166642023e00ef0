create table t (id int primary key, price numeric, qty int, total numeric generated always as (price * qty) stored);
