--
-- PostgreSQL database dump
--

\restrict NDE2qx8nUBcWr11sreMdf1URfJbIfOK2gmugRhKUk9cOMcuZAvAh6Sbepm8glcj

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: authors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.authors (
    id integer NOT NULL,
    handle character varying(30) NOT NULL,
    display_name text,
    bio text DEFAULT ''::text,
    avatar_url text,
    is_admin boolean DEFAULT false NOT NULL,
    joined date DEFAULT CURRENT_DATE,
    CONSTRAINT authors_avatar_https CHECK ((avatar_url ~~ 'https://%'::text)),
    CONSTRAINT authors_handle_check CHECK (((handle)::text ~ '^[A-Za-z0-9_]{3,30}$'::text))
);


ALTER TABLE public.authors OWNER TO postgres;

--
-- Name: authors_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.authors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.authors_id_seq OWNER TO postgres;

--
-- Name: authors_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.authors_id_seq OWNED BY public.authors.id;


--
-- Name: comments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comments (
    id bigint NOT NULL,
    post_id bigint NOT NULL,
    parent_id bigint,
    author_name character varying(80),
    author_email character varying(200),
    body text NOT NULL,
    approved boolean DEFAULT false,
    ip inet,
    created_at timestamp with time zone DEFAULT now(),
    CONSTRAINT comments_author_email_check CHECK (((author_email IS NULL) OR ((author_email)::text ~~ '%_@_%'::text))),
    CONSTRAINT comments_body_check CHECK (((length(body) >= 1) AND (length(body) <= 10000)))
);


ALTER TABLE public.comments OWNER TO postgres;

--
-- Name: comment_threads; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.comment_threads AS
 WITH RECURSIVE thread AS (
         SELECT comments.id,
            comments.post_id,
            comments.parent_id,
            comments.id AS root_id,
            1 AS depth
           FROM public.comments
          WHERE (comments.parent_id IS NULL)
        UNION ALL
         SELECT c.id,
            c.post_id,
            c.parent_id,
            t.root_id,
            (t.depth + 1)
           FROM (public.comments c
             JOIN thread t ON ((c.parent_id = t.id)))
        )
 SELECT thread.id,
    thread.post_id,
    thread.parent_id,
    thread.root_id,
    thread.depth
   FROM thread;


ALTER TABLE public.comment_threads OWNER TO postgres;

--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.comments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.comments_id_seq OWNER TO postgres;

--
-- Name: comments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;


--
-- Name: post_revisions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.post_revisions (
    post_id bigint NOT NULL,
    revision integer NOT NULL,
    title character varying(200),
    body text,
    saved_at timestamp with time zone DEFAULT now() NOT NULL,
    saved_by integer
);


ALTER TABLE public.post_revisions OWNER TO postgres;

--
-- Name: post_tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.post_tags (
    post_id bigint NOT NULL,
    tag_id smallint NOT NULL
);


ALTER TABLE public.post_tags OWNER TO postgres;

--
-- Name: posts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.posts (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    slug character varying(120) NOT NULL,
    title character varying(200) NOT NULL,
    summary character varying(500),
    body text DEFAULT ''::text NOT NULL,
    status character varying(10) DEFAULT 'draft'::character varying NOT NULL,
    published_at timestamp without time zone,
    view_count integer DEFAULT 0,
    revision integer DEFAULT 1 NOT NULL,
    search tsvector,
    CONSTRAINT posts_check CHECK ((((status)::text <> 'published'::text) OR (published_at IS NOT NULL))),
    CONSTRAINT posts_status_check CHECK (((status)::text = ANY ((ARRAY['draft'::character varying, 'review'::character varying, 'published'::character varying, 'hidden'::character varying])::text[]))),
    CONSTRAINT posts_view_count_check CHECK ((view_count >= 0))
);


ALTER TABLE public.posts OWNER TO postgres;

--
-- Name: TABLE posts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.posts IS 'Blog posts; body is Markdown';


--
-- Name: COLUMN posts.status; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.posts.status IS 'draft | review | published | hidden';


--
-- Name: posts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.posts_id_seq OWNER TO postgres;

--
-- Name: posts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.posts_id_seq OWNED BY public.posts.id;


--
-- Name: published_posts; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.published_posts AS
 SELECT p.id,
    p.slug,
    p.title,
    p.summary,
    p.published_at,
    a.handle AS author
   FROM (public.posts p
     JOIN public.authors a ON ((a.id = p.author_id)))
  WHERE (((p.status)::text = 'published'::text) AND (p.published_at <= now()));


ALTER TABLE public.published_posts OWNER TO postgres;

--
-- Name: tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags (
    id smallint NOT NULL,
    name character varying(40) NOT NULL,
    CONSTRAINT tags_name_check CHECK (((name)::text = lower((name)::text)))
);


ALTER TABLE public.tags OWNER TO postgres;

--
-- Name: tag_counts; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.tag_counts AS
 SELECT t.name AS tag,
    count(pt.post_id) AS posts
   FROM (public.tags t
     LEFT JOIN public.post_tags pt ON ((pt.tag_id = t.id)))
  GROUP BY t.name;


ALTER TABLE public.tag_counts OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.tags_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tags_id_seq OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id;


--
-- Name: authors id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authors ALTER COLUMN id SET DEFAULT nextval('public.authors_id_seq'::regclass);


--
-- Name: comments id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);


--
-- Name: posts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts ALTER COLUMN id SET DEFAULT nextval('public.posts_id_seq'::regclass);


--
-- Name: tags id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags ALTER COLUMN id SET DEFAULT nextval('public.tags_id_seq'::regclass);


--
-- Name: authors authors_handle_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_handle_key UNIQUE (handle);


--
-- Name: authors authors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: post_revisions post_revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_revisions
    ADD CONSTRAINT post_revisions_pkey PRIMARY KEY (post_id, revision);


--
-- Name: post_tags post_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_tags
    ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id);


--
-- Name: posts posts_author_id_slug_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_id_slug_key UNIQUE (author_id, slug);


--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: tags tags_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_name_key UNIQUE (name);


--
-- Name: tags tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (id);


--
-- Name: comments_author_email_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX comments_author_email_idx ON public.comments USING hash (author_email);


--
-- Name: comments_post_id_created_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX comments_post_id_created_at_idx ON public.comments USING btree (post_id, created_at);


--
-- Name: comments_post_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX comments_post_id_idx ON public.comments USING btree (post_id) WHERE approved;


--
-- Name: post_tags_tag_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX post_tags_tag_id_idx ON public.post_tags USING btree (tag_id);


--
-- Name: posts_author_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX posts_author_id_idx ON public.posts USING btree (author_id);


--
-- Name: INDEX posts_author_id_idx; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.posts_author_id_idx IS 'FK lookup';


--
-- Name: posts_published_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX posts_published_at_idx ON public.posts USING btree (published_at DESC) WHERE ((status)::text = 'published'::text);


--
-- Name: posts_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX posts_search_idx ON public.posts USING gin (search);


--
-- Name: comments comments_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.comments(id) ON DELETE CASCADE;


--
-- Name: comments comments_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) ON DELETE CASCADE;


--
-- Name: post_revisions post_revisions_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_revisions
    ADD CONSTRAINT post_revisions_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) ON DELETE CASCADE;


--
-- Name: post_revisions post_revisions_saved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_revisions
    ADD CONSTRAINT post_revisions_saved_by_fkey FOREIGN KEY (saved_by) REFERENCES public.authors(id) ON DELETE SET NULL;


--
-- Name: post_tags post_tags_post_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_tags
    ADD CONSTRAINT post_tags_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.posts(id) ON DELETE CASCADE;


--
-- Name: post_tags post_tags_tag_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.post_tags
    ADD CONSTRAINT post_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES public.tags(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: posts posts_author_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES public.authors(id);


--
-- Name: CONSTRAINT posts_author_fk ON posts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON CONSTRAINT posts_author_fk ON public.posts IS 'authors are never hard-deleted';


--
-- PostgreSQL database dump complete
--

\unrestrict NDE2qx8nUBcWr11sreMdf1URfJbIfOK2gmugRhKUk9cOMcuZAvAh6Sbepm8glcj

