-- renamed, as told by the hint at to.sql:3:45
ALTER INDEX public.events_at_idx RENAME TO events_by_time;

-- renamed, as told by the hint at to.sql:5:50
ALTER INDEX public.recent RENAME TO events_recent_kind;
