-- The schema as declared: what replaying the migrations beside it must give.
CREATE TYPE post_state AS ENUM ('draft', 'published');

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title text NOT NULL,
    state post_state NOT NULL DEFAULT 'draft',
    updated_at timestamptz
);

CREATE INDEX posts_user_id_idx ON posts (user_id);

CREATE FUNCTION touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER posts_touch BEFORE UPDATE ON posts
    FOR EACH ROW EXECUTE FUNCTION touch();

CREATE VIEW published_posts AS
    SELECT id, user_id, title FROM posts WHERE state = 'published';
