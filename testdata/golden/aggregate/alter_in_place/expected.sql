SET check_function_bodies = false;

CREATE OR REPLACE AGGREGATE public.my_sum(numeric) (
    SFUNC = public.num_add,
    STYPE = numeric,
    INITCOND = '0',
    COMBINEFUNC = public.num_add,
    MSFUNC = public.num_add,
    MINVFUNC = public.num_sub,
    MSTYPE = numeric,
    MINITCOND = '0',
    PARALLEL = SAFE
);
