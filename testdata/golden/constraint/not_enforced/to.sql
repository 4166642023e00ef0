-- PostgreSQL 18: constraints kept but not enforced (as pg_dump 18 writes them), and back
create table accounts (id int primary key, balance numeric check (balance >= 0) not enforced);
create table moves (id int primary key, account_id int references accounts not enforced, amount numeric,
    constraint moves_amount_check check (amount <> 0) not enforced,
    constraint moves_small check (amount < 1000000) enforced);
