DROP VIEW published_posts;
DROP TRIGGER posts_touch ON posts;
DROP FUNCTION touch();
ALTER TABLE posts DROP COLUMN updated_at;
