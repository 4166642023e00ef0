create table t (n numeric default 12abc);
