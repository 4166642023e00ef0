ALTER TABLE public.moves DROP CONSTRAINT moves_account_id_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_balance_check;

ALTER TABLE public.moves DROP CONSTRAINT moves_amount_check;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_balance_check CHECK (balance >= 0) NOT ENFORCED;

ALTER TABLE public.moves ADD CONSTRAINT moves_amount_check CHECK (amount <> 0) NOT ENFORCED;

ALTER TABLE public.moves ADD CONSTRAINT moves_small CHECK (amount < 1000000);

ALTER TABLE public.moves ADD CONSTRAINT moves_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT ENFORCED;
