COMMENT ON AGGREGATE public.biggest(integer) IS 'the biggest value';
