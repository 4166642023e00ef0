-- the partition key changes: the parent is dropped and created again, and the partitions it keeps leave it
-- first (they would go with it) to be attached with their new bounds
create table m (id int, ts date, k int) partition by list (k);
create table m1 partition of m for values in (1);
create table m2 partition of m for values in (2);
