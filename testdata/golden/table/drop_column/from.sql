create table users (id int primary key, email text not null, legacy_code char(4));
create index users_legacy_idx on users (legacy_code);
