CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);

CREATE FUNCTION int_close(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT abs($1 - $2) < 2 $$;
CREATE OPERATOR === (PROCEDURE = int_close, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = ===);
COMMENT ON OPERATOR === (integer, integer) IS 'close enough';

CREATE FUNCTION negate_text(text) RETURNS text LANGUAGE sql AS $$ SELECT reverse($1) $$;
CREATE OPERATOR !! (RIGHTARG = text, FUNCTION = negate_text);
