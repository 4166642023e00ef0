--
-- PostgreSQL database dump
--

\restrict FpV36yZaNwOQWTaWrTjCWpXQLZU70PM7o56Toc6Q68UhWzcQyILgtrL9qElyvOe

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
-- Name: words; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.words (
    id integer NOT NULL,
    word text NOT NULL,
    word_c text NOT NULL COLLATE pg_catalog."C",
    word_posix character varying(100) COLLATE pg_catalog."POSIX",
    word_ucs text COLLATE pg_catalog.ucs_basic,
    word_pcat text COLLATE pg_catalog."C",
    word_dflt text,
    word_de text COLLATE pg_catalog."de-x-icu",
    word_en character varying(50) COLLATE pg_catalog."en-US-x-icu",
    word_und text COLLATE pg_catalog."und-x-icu",
    word_sv character(10) COLLATE pg_catalog."sv-SE-x-icu",
    variants text[] COLLATE pg_catalog."C"
);


ALTER TABLE public.words OWNER TO postgres;

--
-- Name: c_words; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.c_words AS
 SELECT words.word
   FROM public.words
  WHERE (words.word_c = (words.word COLLATE "C"));


ALTER TABLE public.c_words OWNER TO postgres;

--
-- Name: names; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.names (
    id integer NOT NULL,
    given character varying(40) NOT NULL COLLATE pg_catalog."C",
    family character varying(40) NOT NULL COLLATE pg_catalog."en-US-x-icu",
    CONSTRAINT names_family_check CHECK ((((family)::text COLLATE "POSIX") > ''::text)),
    CONSTRAINT names_given_check CHECK (((given)::text < ('zzz'::text COLLATE "C")))
);


ALTER TABLE public.names OWNER TO postgres;

--
-- Name: sorted_names; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.sorted_names AS
 SELECT names.id,
    names.given,
    (names.family COLLATE "de-x-icu") AS family_de
   FROM public.names
  ORDER BY (names.family COLLATE "de-x-icu"), names.given;


ALTER TABLE public.sorted_names OWNER TO postgres;

--
-- Name: words_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.words_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.words_id_seq OWNER TO postgres;

--
-- Name: words_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.words_id_seq OWNED BY public.words.id;


--
-- Name: words id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.words ALTER COLUMN id SET DEFAULT nextval('public.words_id_seq'::regclass);


--
-- Name: names names_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.names
    ADD CONSTRAINT names_pkey PRIMARY KEY (id);


--
-- Name: words words_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.words
    ADD CONSTRAINT words_pkey PRIMARY KEY (id);


--
-- Name: words words_word_c_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.words
    ADD CONSTRAINT words_word_c_key UNIQUE (word_c);


--
-- Name: words_desc_posix; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_desc_posix ON public.words USING btree (word_posix COLLATE "C" DESC);


--
-- Name: words_word_c_pattern; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_word_c_pattern ON public.words USING btree (word_c text_pattern_ops);


--
-- Name: words_word_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_word_ci ON public.words USING btree (lower(word) COLLATE "und-x-icu");


--
-- Name: words_word_de_en; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_word_de_en ON public.words USING btree (word_de COLLATE "en-US-x-icu");


--
-- Name: words_word_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX words_word_idx ON public.words USING btree (word COLLATE "C");


--
-- PostgreSQL database dump complete
--

\unrestrict FpV36yZaNwOQWTaWrTjCWpXQLZU70PM7o56Toc6Q68UhWzcQyILgtrL9qElyvOe

