CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room integer NOT NULL,
    during tsrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    -- a WHERE clause now: dropped and added again
    EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled)
);
-- a named one, an operator written in full, deferred
CREATE TABLE zones (
    id bigint PRIMARY KEY,
    area circle NOT NULL,
    CONSTRAINT zones_no_overlap EXCLUDE USING gist (area WITH OPERATOR(pg_catalog.&&)) DEFERRABLE INITIALLY DEFERRED
);
