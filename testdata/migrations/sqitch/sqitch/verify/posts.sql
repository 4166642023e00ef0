-- Verify blog:posts on pg

BEGIN;

SELECT id, user_id, title, state FROM posts WHERE false;

ROLLBACK;
