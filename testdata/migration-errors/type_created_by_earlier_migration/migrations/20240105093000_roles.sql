-- +goose Up
CREATE TYPE role AS ENUM ('admin', 'member');

-- +goose Down
DROP TYPE role;
