CREATE TABLE t (a int, b text, c text);
-- app may no longer pass SELECT on the table on; on column a it still may (revoking the option on the table
-- revokes it on the columns, so it is given back after)
GRANT SELECT ON t TO app;
GRANT SELECT (a) ON t TO app WITH GRANT OPTION;
-- each privilege carries its own column list
GRANT SELECT (a), SELECT (c), UPDATE (c), INSERT (c) ON t TO audit;
