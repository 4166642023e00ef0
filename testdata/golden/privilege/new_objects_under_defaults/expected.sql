CREATE SEQUENCE shop.orders_id_seq;

CREATE TABLE shop.orders (
    id bigint DEFAULT nextval('shop.orders_id_seq'::regclass) NOT NULL,
    item text,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);

CREATE TABLE shop.audit (
    at timestamp with time zone,
    what text
);

GRANT SELECT ON TABLE shop.orders TO clerk;

GRANT USAGE ON SEQUENCE shop.orders_id_seq TO clerk;

REVOKE SELECT ON TABLE shop.audit FROM clerk;

ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO clerk;

ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON SEQUENCES TO clerk;

ALTER SEQUENCE shop.orders_id_seq OWNED BY shop.orders.id;
