-- PostgreSQL 18: VIRTUAL generated columns (the default when neither STORED nor VIRTUAL is written)
CREATE TABLE items (
    id bigint PRIMARY KEY,
    price numeric NOT NULL,
    qty integer NOT NULL,
    total numeric GENERATED ALWAYS AS (price * qty) STORED
);
