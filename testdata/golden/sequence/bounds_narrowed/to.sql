-- a new minimum above an ascending sequence's current value (or a new maximum below a descending one's) is refused
-- by the server, and an unused sequence's current value is always there: it is moved to the bound first, and left
-- as it is when it is within the bounds already
create sequence ticket_seq minvalue 100;
create sequence countdown_seq increment by -1 maxvalue -100;
-- a new minimum beyond the old maximum: no value is within both, so the step is only marked
create sequence small_seq minvalue 100 maxvalue 200;
