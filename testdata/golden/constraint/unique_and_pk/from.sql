create table t (id int, email text, handle text);
