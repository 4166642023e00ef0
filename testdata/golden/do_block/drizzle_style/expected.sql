CREATE TYPE public.role AS ENUM (
    'reader',
    'editor'
);

ALTER TABLE public.users ADD COLUMN role public.role DEFAULT 'reader' NOT NULL;

ALTER TABLE public.posts ADD CONSTRAINT posts_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;
