-- Revert blog:posts from pg

BEGIN;

DROP TABLE posts;
DROP TYPE post_state;

COMMIT;
