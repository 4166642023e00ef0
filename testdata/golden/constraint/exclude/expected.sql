ALTER TABLE public.bookings DROP CONSTRAINT bookings_during_excl;

ALTER TABLE public.bookings ADD CONSTRAINT bookings_during_excl EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled);

ALTER TABLE public.zones ADD CONSTRAINT zones_no_overlap EXCLUDE USING gist (area WITH &&) DEFERRABLE INITIALLY DEFERRED;
