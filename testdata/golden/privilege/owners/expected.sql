ALTER TABLE billing.invoices OWNER TO finance;

ALTER SCHEMA billing OWNER TO finance;

GRANT TRUNCATE ON TABLE billing.invoices TO finance;

ALTER VIEW billing.totals OWNER TO finance;

ALTER TYPE billing.status OWNER TO finance;

ALTER FUNCTION billing.touch() OWNER TO finance;
