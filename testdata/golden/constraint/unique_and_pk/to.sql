create table t (id int primary key, email text unique, handle text, unique (handle, email));
