-- users of the blog
CREATE TABLE users (id bigint PRIMARY KEY);

-- +goose Up
CREATE TABLE posts (id bigint PRIMARY KEY);

-- +goose Down
DROP TABLE posts;
