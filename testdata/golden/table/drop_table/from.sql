create table users (id int primary key);
create table sessions (id serial primary key, user_id int references users, token text unique);
create index on sessions (user_id);
