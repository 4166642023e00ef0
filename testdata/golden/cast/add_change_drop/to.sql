-- the function behind a cast changes its argument type: the cast is dropped and created again around it
CREATE DOMAIN monetary AS numeric(12,2);
CREATE FUNCTION monetary(varchar) RETURNS monetary LANGUAGE sql IMMUTABLE AS $$ SELECT replace($1, '$', '')::numeric $$;
CREATE CAST (varchar AS monetary) WITH FUNCTION monetary(varchar) AS IMPLICIT;

-- a cast's context changes (no ALTER CAST: dropped and created again); its comment changes
CREATE TYPE color AS ENUM ('red', 'green');
CREATE CAST (text AS color) WITH INOUT;
COMMENT ON CAST (text AS color) IS 'names to colors, explicitly';

-- gone, with what it used
