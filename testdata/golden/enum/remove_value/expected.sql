-- re-created: the type of column public.tickets.s changes
DROP VIEW public.open_tickets;

-- the labels of public.status change in a way ADD VALUE cannot make
ALTER TYPE public.status RENAME TO status__schemadiff_old;

CREATE TYPE public.status AS ENUM (
    'new',
    'open',
    'closed'
);

-- the labels of public.status change in a way ADD VALUE cannot make; fails if a row holds a label that no longer exists
ALTER TABLE public.tickets ALTER COLUMN s DROP DEFAULT,
    ALTER COLUMN s TYPE public.status USING s::text::public.status,
    ALTER COLUMN s SET DEFAULT 'new';

DROP TYPE public.status__schemadiff_old;

-- re-created: the type of column public.tickets.s changes
CREATE VIEW public.open_tickets AS
select id, s from tickets where s = 'open';
