-- back from identity to serial: the identity goes first, freeing its sequence's name for the serial's
create table t (id serial primary key, name text);
-- identity and NOT NULL both go
create table u (id bigint, note text not null);
