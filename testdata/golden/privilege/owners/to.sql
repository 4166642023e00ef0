CREATE SCHEMA billing AUTHORIZATION finance;

CREATE TABLE billing.invoices (id serial PRIMARY KEY, total numeric);
-- the serial's sequence follows the table's owner
ALTER TABLE billing.invoices OWNER TO finance;

CREATE VIEW billing.totals AS SELECT sum(total) AS total FROM billing.invoices;
ALTER VIEW billing.totals OWNER TO finance;

CREATE TYPE billing.status AS ENUM ('open', 'paid');
ALTER TYPE billing.status OWNER TO finance;

CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
ALTER FUNCTION billing.touch() OWNER TO finance;

-- the owner's rights follow it (ALTER … OWNER TO moves them); TRUNCATE comes back
REVOKE DELETE ON billing.invoices FROM finance;
