-- +goose Up
CREATE TYPE post_state AS ENUM ('draft', 'published');

CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL,
    state post_state NOT NULL DEFAULT 'draft'
);

CREATE INDEX posts_user_id_idx ON posts (user_id);

-- +goose Down
DROP TABLE posts;
DROP TYPE post_state;
