-- named after table billing.lines, renamed with it
ALTER TABLE billing.lines RENAME CONSTRAINT lines_pkey TO invoice_lines_pkey;

-- named after table billing.lines, renamed with it
ALTER TABLE billing.lines RENAME CONSTRAINT lines_invoice_fkey TO invoice_lines_invoice_fkey;

-- renamed, as told by the hint at to.sql:12:41
ALTER TABLE billing.lines RENAME TO invoice_lines;

-- renamed, as told by the hint at to.sql:3:27
ALTER SCHEMA billing RENAME TO accounting;
