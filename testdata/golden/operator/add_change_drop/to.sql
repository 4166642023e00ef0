CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_textregexeq, LEFTARG = text, RIGHTARG = text);

-- its selectivity estimators are new: dropped and created again; the comment comes back
CREATE FUNCTION int_close(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 - $2) < 2 $$;
CREATE OPERATOR === (FUNCTION = int_close, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(public.===),
    RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR === (integer, integer) IS 'close enough';

-- the prefix operator goes
