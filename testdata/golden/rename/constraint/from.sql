-- Constraints renamed: a primary key a foreign key depends on (its index is renamed with it), a unique key
-- used as replica identity, a check, and a foreign key. Renaming them keeps them: no scan, no index build.
create table accounts (
    id int constraint accounts_pk primary key,
    email text not null constraint accounts_email_unique unique,
    balance numeric constraint balance_not_negative check (balance >= 0)
);
alter table accounts replica identity using index accounts_email_unique;
create table transfers (
    id int primary key,
    account int constraint transfer_account references accounts (id)
);
comment on constraint balance_not_negative on accounts is 'no overdraft';
