-- a label goes: the parents' columns are converted, and the conversion recurses to partitions and children
create type st as enum ('a', 'c');
create table m (id int, s st) partition by list (id);
create table m1 partition of m for values in (1);
create table base (id int, s st);
create table child (extra text) inherits (base);
