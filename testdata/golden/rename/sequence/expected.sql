-- renamed, as told by the hint at to.sql:2:40
ALTER SEQUENCE public.invoice_numbers RENAME TO invoice_no;
