-- Revert blog:published_posts from pg

BEGIN;

DROP VIEW published_posts;

COMMIT;
