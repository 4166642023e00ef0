-- looks like a rename of column note to remark (same type, same place, the rest of the table unchanged); if it is, write "-- schemadiff: renamed from note" on the line of remark in TO, or --rename public.orders.note=remark
ALTER TABLE public.orders DROP COLUMN note;

ALTER TABLE public.moved DROP COLUMN b;

-- looks like a rename of table public.audit_log to audit_events (the same columns); if it is, write "-- schemadiff: renamed from audit_log" on the line of CREATE TABLE public.audit_events in TO, or --rename public.audit_log=audit_events
DROP TABLE public.audit_log;

-- the labels of public.order_state change in a way ADD VALUE cannot make; looks like a rename of label 'new' of public.order_state to 'placed' (same place); if it is, write "-- schemadiff: renamed from 'new'" on the line of 'placed' in TO, or --rename public.order_state.new=placed
ALTER TYPE public.order_state RENAME TO order_state__schemadiff_old;

CREATE TYPE public.order_state AS ENUM (
    'placed',
    'paid'
);

CREATE TABLE public.audit_events (
    id bigint,
    what text,
    at timestamp with time zone
);

-- the labels of public.order_state change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists; looks like a rename of label 'new' of public.order_state to 'placed' (same place); if it is, write "-- schemadiff: renamed from 'new'" on the line of 'placed' in TO, or --rename public.order_state.new=placed
ALTER TABLE public.shipments ALTER COLUMN state DROP DEFAULT,
    ALTER COLUMN state TYPE public.order_state USING state::text::public.order_state,
    ALTER COLUMN state SET DEFAULT 'placed';

DROP TYPE public.order_state__schemadiff_old;

ALTER TABLE public.orders ADD COLUMN remark text;

ALTER TABLE public.moved ADD COLUMN d text;
