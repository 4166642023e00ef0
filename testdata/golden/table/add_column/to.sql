create table users (
    id int primary key,
    email text not null,
    name varchar(100),
    active boolean not null default true,
    created_at timestamptz not null default now()
);
