CREATE DOMAIN monetary AS numeric(12,2);
CREATE FUNCTION monetary(text) RETURNS monetary LANGUAGE sql IMMUTABLE AS $$ SELECT replace($1, '$', '')::numeric $$;
CREATE CAST (text AS monetary) WITH FUNCTION monetary(text) AS IMPLICIT;

CREATE TYPE color AS ENUM ('red', 'green');
CREATE CAST (text AS color) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS color) IS 'names to colors';

CREATE TYPE old_pair AS (a int, b int);
CREATE FUNCTION pair_text(old_pair) RETURNS text LANGUAGE sql AS $$ SELECT $1.a || ',' || $1.b $$;
CREATE CAST (old_pair AS text) WITH FUNCTION pair_text(old_pair);
