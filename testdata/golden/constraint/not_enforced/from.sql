create table accounts (id int primary key, balance numeric check (balance >= 0));
create table moves (id int primary key, account_id int references accounts, amount numeric,
    constraint moves_amount_check check (amount <> 0));
