create type mood as enum ('awful', 'sad', 'ok', 'fine', 'happy');
create table t (id int primary key, m mood default 'ok');
