-- Deploy blog:users to pg

BEGIN;

CREATE TABLE users (id bigint PRIMARY KEY);

COMMIT;
