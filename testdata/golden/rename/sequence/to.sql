-- A sequence renamed: the default that draws from it follows, and it keeps its current value.
create sequence invoice_no start 1000; -- schemadiff: renamed from invoice_numbers
create table invoices (no bigint primary key default nextval('invoice_no'), total numeric);
