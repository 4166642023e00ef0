-- operators as applications define them (danbooru's ~<< reverse regex match), and one with every attribute
create function reverse_textregexeq(text, text) returns boolean language sql immutable as $$ select $2 ~ $1 $$;
create operator ~<< (function = reverse_textregexeq, leftarg = text, rightarg = text);

create function int_close(integer, integer) returns boolean language sql immutable as $$ select abs($1 - $2) < 2 $$;
create function int_far(integer, integer) returns boolean language sql immutable as $$ select abs($1 - $2) >= 2 $$;
create operator === (procedure = int_close, leftarg = int, rightarg = int4, commutator = ===, negator = !==,
    restrict = eqsel, join = eqjoinsel, hashes, merges);
create operator !== (procedure = int_far, leftarg = int, rightarg = int, commutator = !==, negator = ===);
comment on operator === (int, int) is 'close enough';

create function negate_text(text) returns text language sql as $$ select reverse($1) $$;
create operator !! (rightarg = text, function = negate_text);
