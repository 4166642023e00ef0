-- Verify blog:published_posts on pg

BEGIN;

SELECT id, user_id, title FROM published_posts WHERE false;

ROLLBACK;
