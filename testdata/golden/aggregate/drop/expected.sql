DROP AGGREGATE public.group_concat(text);

DROP FUNCTION public._group_concat(text, text);
