CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room integer NOT NULL,
    during tsrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    EXCLUDE USING gist (during WITH &&)
);
CREATE TABLE zones (id bigint PRIMARY KEY, area circle NOT NULL);
