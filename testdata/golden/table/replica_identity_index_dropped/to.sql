-- the replica identity's index goes with NOT NULL on its column: the identity is reset first (the server
-- refuses to drop NOT NULL on a column of the replica identity's index)
create table t (id int, a int);
