DROP POLICY gone ON public.docs;

ALTER POLICY own ON public.docs USING (owner = current_user or public);

CREATE POLICY readers ON public.docs AS RESTRICTIVE FOR SELECT TO CURRENT_USER USING (true);

ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
