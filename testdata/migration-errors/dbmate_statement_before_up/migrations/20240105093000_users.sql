CREATE TYPE role AS ENUM ('admin', 'member');

-- migrate:up
CREATE TABLE users (id bigint PRIMARY KEY, role role);

-- migrate:down
DROP TABLE users;
