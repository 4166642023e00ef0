create table users (
    id int primary key,
    name text default 'anonymous
);
