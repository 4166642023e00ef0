-- ALL includes MAINTAIN on PostgreSQL 17 and later, which 13 to 16 do not know: the lists written must run on
-- both, so an entry narrowed from ALL (or widened to all but some) is rebuilt from ALL
CREATE TABLE t (a int);
CREATE TABLE u (a int);
GRANT SELECT, INSERT ON t TO app;
GRANT ALL ON u TO app;
REVOKE TRUNCATE ON u FROM app;
