-- renamed, as told by the hint at to.sql:3:84
ALTER FUNCTION public.net(numeric) RENAME TO without_vat;

-- renamed, as told by the hint at to.sql:6:69
ALTER FUNCTION public.stamp() RENAME TO touch_changed_at;

-- renamed, as told by the hint at to.sql:8:78
ALTER PROCEDURE public.archive(date) RENAME TO archive_before;
