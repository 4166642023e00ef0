-- Posts remember when they were last changed.

-- +goose Up
ALTER TABLE posts ADD COLUMN updated_at timestamptz;

-- +goose StatementBegin
CREATE FUNCTION touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER posts_touch BEFORE UPDATE ON posts
    FOR EACH ROW EXECUTE FUNCTION touch();

CREATE VIEW published_posts AS
    SELECT id, user_id, title FROM posts WHERE state = 'published';

-- +goose Down
DROP VIEW published_posts;
DROP TRIGGER posts_touch ON posts;
DROP FUNCTION touch();
ALTER TABLE posts DROP COLUMN updated_at;
