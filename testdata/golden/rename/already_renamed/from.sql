-- Hints stay in a schema after their migration ran. One whose rename is done (the old name is gone, the new one
-- there) changes nothing; one whose old object the source never had is passed over (the table is created).
create table orders (id int primary key, remark text);
