-- Revert blog:init from pg

BEGIN;

DROP TABLE users;

COMMIT;
