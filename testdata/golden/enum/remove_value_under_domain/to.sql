-- a label goes from an enum a domain is over: the domain is replaced too (over the new enum, its columns
-- converted) and leaves the old enum before it is dropped
create type mood as enum ('sad', 'ok');
create domain dm as mood check (value <> 'sad');
create table u (d dm);
