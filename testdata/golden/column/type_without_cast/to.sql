-- integer to uuid, integer to jsonb, boolean to date, uuid to bytea, integer[] to uuid[]: PostgreSQL has no cast
-- between these, so the values go through their text form; integer to boolean, jsonb to integer and text[] to
-- integer[] have casts (text[] element by element) and are cast directly
create table t (
    id int primary key,
    token uuid,
    payload jsonb,
    due date,
    active boolean,
    score integer,
    tags integer[],
    refs uuid[],
    checksum bytea,
    ext_id uuid default gen_random_uuid()
);
