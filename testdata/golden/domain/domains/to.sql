create domain positive_int as int not null default 1 check (value > 0) check (value < 1000000);
create domain code as varchar(10);
create domain email as text check (value like '%@%');
create table t (id int primary key, qty positive_int, c code, e email);
comment on domain email is 'has an at sign';
