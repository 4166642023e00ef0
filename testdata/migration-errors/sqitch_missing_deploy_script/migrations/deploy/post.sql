-- Deploy blog:posts to pg

BEGIN;

CREATE TABLE posts (id bigint PRIMARY KEY);

COMMIT;
