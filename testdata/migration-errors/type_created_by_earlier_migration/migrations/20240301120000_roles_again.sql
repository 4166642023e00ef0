-- +goose Up
CREATE TYPE role AS ENUM ('admin', 'member', 'guest');

-- +goose Down
DROP TYPE role;
