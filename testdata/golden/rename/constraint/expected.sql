-- renamed, as told by the hint at to.sql:4:50
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_pk TO accounts_pkey;

-- renamed, as told by the hint at to.sql:5:63
ALTER TABLE public.accounts RENAME CONSTRAINT accounts_email_unique TO accounts_email_key;

-- renamed, as told by the hint at to.sql:7:60
ALTER TABLE public.accounts RENAME CONSTRAINT balance_not_negative TO accounts_balance_check;

-- renamed, as told by the hint at to.sql:15:91
ALTER TABLE public.transfers RENAME CONSTRAINT transfer_account TO transfers_account_fkey;
