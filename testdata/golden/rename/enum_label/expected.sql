-- renamed, as told by the hint at to.sql:4:15
ALTER TYPE public.order_state RENAME VALUE 'new' TO 'placed';

-- a new enum value cannot be used in the transaction that adds it: commit before statements that use it
ALTER TYPE public.order_state ADD VALUE 'returned' AFTER 'shipped';
