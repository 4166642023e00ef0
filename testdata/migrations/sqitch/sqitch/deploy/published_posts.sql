-- Deploy blog:published_posts to pg

BEGIN;

CREATE VIEW published_posts AS
    SELECT id, user_id, title FROM posts WHERE state = 'published';

COMMIT;
