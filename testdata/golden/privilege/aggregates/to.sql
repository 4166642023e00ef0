CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS 'select $1 + $2';
CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int);
REVOKE EXECUTE ON FUNCTION total(int) FROM PUBLIC;
ALTER AGGREGATE total(int) OWNER TO agg_owner;
CREATE FUNCTION cnt(bigint) RETURNS bigint LANGUAGE sql AS 'select $1 + 1';
CREATE AGGREGATE countall(*) (SFUNC = cnt, STYPE = bigint, INITCOND = '0');
GRANT EXECUTE ON FUNCTION countall() TO agg_user;
ALTER AGGREGATE countall(*) OWNER TO agg_owner;
