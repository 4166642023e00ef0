CREATE SCHEMA billing AUTHORIZATION billing_owner;

CREATE TABLE billing.invoices (id serial PRIMARY KEY, total numeric);
ALTER TABLE billing.invoices OWNER TO billing_owner;

CREATE VIEW billing.totals AS SELECT sum(total) AS total FROM billing.invoices;
ALTER VIEW billing.totals OWNER TO billing_owner;

CREATE TYPE billing.status AS ENUM ('open', 'paid');
ALTER TYPE billing.status OWNER TO billing_owner;

CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
ALTER FUNCTION billing.touch() OWNER TO billing_owner;

-- the owner's own rights, narrowed
REVOKE DELETE, TRUNCATE ON billing.invoices FROM billing_owner;
