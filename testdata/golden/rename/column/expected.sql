-- renamed, as told by the hint at to.sql:5:34
ALTER TABLE public.orders RENAME COLUMN note TO remark;

-- renamed, as told by the hint at to.sql:6:44
ALTER TABLE public.orders RENAME COLUMN qty TO quantity;

-- named after column public.orders.qty, renamed with it
ALTER TABLE public.orders RENAME CONSTRAINT orders_qty_check TO orders_quantity_check;

-- named after column public.orders.note, renamed with it
ALTER TABLE public.orders RENAME CONSTRAINT orders_note_key TO orders_remark_key;

-- named after column public.orders.note, renamed with it
ALTER INDEX public.orders_note_idx RENAME TO orders_remark_idx;

-- re-created: the type of column public.orders.remark changes
DROP VIEW public.order_summary;

ALTER TABLE public.orders ALTER COLUMN remark TYPE text;

ALTER TABLE public.orders ALTER COLUMN quantity TYPE bigint;

ALTER TABLE public.orders ALTER COLUMN placed_at SET DEFAULT now();

-- re-created: the type of column public.orders.remark changes
CREATE VIEW public.order_summary AS
select id, remark as note, quantity as qty from orders;
