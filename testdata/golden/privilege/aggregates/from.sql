CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql AS 'select $1 + $2';
CREATE AGGREGATE total(int) (SFUNC = add2, STYPE = int);
CREATE FUNCTION cnt(bigint) RETURNS bigint LANGUAGE sql AS 'select $1 + 1';
CREATE AGGREGATE countall(*) (SFUNC = cnt, STYPE = bigint, INITCOND = '0');
