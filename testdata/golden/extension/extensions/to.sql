create extension if not exists pgcrypto;
create extension if not exists citext;
create table users (id int primary key, email citext unique, token text default encode(gen_random_bytes(16), 'hex'));
