REVOKE DELETE ON TABLE public.accounts FROM app;

REVOKE GRANT OPTION FOR INSERT, SELECT, UPDATE ON TABLE public.accounts FROM app;

REVOKE SELECT ON TABLE public.accounts FROM reporting;

GRANT SELECT, UPDATE ON TABLE public.accounts TO support;

GRANT SELECT ON TABLE public.account_emails TO reporting;

GRANT SELECT, UPDATE ON TABLE public.account_emails TO support;
