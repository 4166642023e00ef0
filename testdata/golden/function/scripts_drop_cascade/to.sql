-- the state the script leaves: defaults, checks, indexes and generated columns using the function are gone (the
-- view keeps its columns); so are the columns of the type, and the view over one of them
create table t (a int, b int);
create view tv as select a, b from t;
create table u (id int, d text);
