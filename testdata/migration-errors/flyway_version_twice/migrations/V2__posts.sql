CREATE TABLE posts (id bigint PRIMARY KEY);
