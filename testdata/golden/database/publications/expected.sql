DROP PUBLICATION gone;

CREATE PUBLICATION fresh FOR TABLE public.customers (id);

ALTER PUBLICATION shop DROP TABLE public.customers, TABLE public.orders;

ALTER PUBLICATION shop ADD TABLE public.orders WHERE ((region = 'eu')), TABLES IN SCHEMA archive;

ALTER PUBLICATION shop SET (publish = 'insert', publish_via_partition_root = false);

COMMENT ON PUBLICATION shop IS 'to the warehouse';

ALTER PUBLICATION everything SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);
