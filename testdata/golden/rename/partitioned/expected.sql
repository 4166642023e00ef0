-- renamed, as told by the hint at to.sql:6:17
ALTER TABLE public.events RENAME COLUMN note TO remark;

-- renamed, as told by the hint at to.sql:3:27
ALTER TABLE public.events RENAME TO log_events;

-- renamed, as told by the hint at to.sql:11:41
ALTER TABLE public.base_item RENAME TO item;

-- named after table public.events, renamed with it
ALTER INDEX public.events_at_idx RENAME TO log_events_at_idx;
