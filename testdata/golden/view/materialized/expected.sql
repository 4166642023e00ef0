DROP MATERIALIZED VIEW public.by_region;

CREATE MATERIALIZED VIEW public.by_region AS
select region, sum(amount) as total, count(*) as n from sales group by region;

-- re-created: dropped together with materialized view public.by_region
CREATE UNIQUE INDEX by_region_region_idx ON public.by_region (region);
