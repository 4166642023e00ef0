DROP STATISTICS public.orders_geo;

DROP STATISTICS public.orders_old;

CREATE STATISTICS public.orders_geo (ndistinct, dependencies) ON city, zip FROM public.orders;

CREATE STATISTICS public.orders_month ON country, (date_trunc('month', placed::timestamp)) FROM public.orders;

COMMENT ON STATISTICS public.orders_geo IS 'zip decides city';

ALTER STATISTICS public.orders_country_zip SET STATISTICS -1;
