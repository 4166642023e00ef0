DROP INDEX public.users_legacy_idx;

ALTER TABLE public.users DROP COLUMN legacy_code;
