-- back to the built-in defaults; the new table and function have theirs: the plan grants what the target holds,
-- whichever defaults were in force when they were created
CREATE TABLE t (a int);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
