-- A sequence renamed: the default that draws from it follows, and it keeps its current value.
create sequence invoice_numbers start 1000;
create table invoices (no bigint primary key default nextval('invoice_numbers'), total numeric);
