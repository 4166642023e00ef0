-- Verify blog:touch on pg

BEGIN;

SELECT has_function_privilege('touch()', 'execute');

ROLLBACK;
