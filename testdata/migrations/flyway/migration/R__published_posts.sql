CREATE OR REPLACE VIEW published_posts AS
    SELECT id, user_id, title FROM posts WHERE state = 'published';
