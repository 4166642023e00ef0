create table t (id int primary key, n int, m int generated always as identity);
