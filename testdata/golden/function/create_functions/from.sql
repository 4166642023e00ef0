create table accounts (id int primary key, balance numeric not null default 0);
