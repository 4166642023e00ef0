CREATE INDEX posts_upper ON public.posts ((upper(title)));

ALTER INDEX public.posts_tags ALTER COLUMN 1 SET STATISTICS 1000;

ALTER INDEX public.posts_title ALTER COLUMN 1 SET STATISTICS -1;

ALTER INDEX public.posts_upper ALTER COLUMN 1 SET STATISTICS 200;
