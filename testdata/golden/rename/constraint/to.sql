-- Constraints renamed: a primary key a foreign key depends on (its index is renamed with it), a unique key
-- used as replica identity, a check, and a foreign key. Renaming them keeps them: no scan, no index build.
create table accounts (
    id int constraint accounts_pkey primary key, -- schemadiff: renamed from accounts_pk
    email text not null constraint accounts_email_key unique, -- schemadiff: renamed from accounts_email_unique
    balance numeric,
    constraint accounts_balance_check check (balance >= 0) -- schemadiff: renamed from balance_not_negative
);
alter table accounts replica identity using index accounts_email_key;
create table transfers (
    id int primary key,
    account int
);
alter table transfers
    add constraint transfers_account_fkey foreign key (account) references accounts (id); -- schemadiff: renamed from transfer_account
comment on constraint accounts_balance_check on accounts is 'no overdraft';
