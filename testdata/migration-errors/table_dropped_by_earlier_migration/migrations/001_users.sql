CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE legacy_users (id bigint PRIMARY KEY);
