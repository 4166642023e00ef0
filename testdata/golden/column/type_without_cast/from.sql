create table t (
    id int primary key,
    token integer,
    payload integer,
    due boolean,
    active integer,
    score jsonb,
    tags text[],
    refs integer[],
    checksum uuid,
    ext_id integer default 0
);
