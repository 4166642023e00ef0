-- an attribute changes type while columns hold the type: the server refuses ALTER ATTRIBUTE … TYPE then, so the
-- type is replaced (renamed aside, created anew, the columns converted through text), with the function using it
create type addr as (street text, zip text);
create table customers (id int, home addr, work addr);
create function zip_of(a addr) returns int language sql as $$ select (a).zip::int $$;
