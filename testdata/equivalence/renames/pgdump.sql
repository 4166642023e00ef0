--
-- PostgreSQL database dump
--

\restrict Ioo9xmS19MqV5NPLNVeCZjK5mlT0gJeDBDA8As8Erqhbm7v9oHF4qaieviqZmy1

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

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: feeling; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.feeling AS ENUM (
    'happy',
    'sad'
);


ALTER TYPE public.feeling OWNER TO postgres;

--
-- Name: tiny_text; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.tiny_text AS character varying(20);


ALTER DOMAIN public.tiny_text OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: pets; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.pets (
    id integer NOT NULL,
    owner integer,
    kind public.feeling[]
);


ALTER TABLE app.pets OWNER TO postgres;

--
-- Name: persons; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.persons (
    id integer NOT NULL,
    full_name text,
    m public.feeling DEFAULT 'happy'::public.feeling,
    nick public.tiny_text,
    CONSTRAINT people_m_check CHECK ((m <> 'sad'::public.feeling))
);


ALTER TABLE public.persons OWNER TO postgres;

--
-- Name: persons_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.persons_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.persons_id_seq OWNER TO postgres;

--
-- Name: persons_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.persons_id_seq OWNED BY public.persons.id;


--
-- Name: v_persons; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_persons AS
 SELECT persons.id,
    persons.full_name AS name,
    persons.m
   FROM public.persons
  WHERE (persons.full_name IS NOT NULL);


ALTER TABLE public.v_persons OWNER TO postgres;

--
-- Name: v_names; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_names AS
 SELECT p.name AS who
   FROM public.v_persons p;


ALTER TABLE public.v_names OWNER TO postgres;

--
-- Name: persons id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.persons ALTER COLUMN id SET DEFAULT nextval('public.persons_id_seq'::regclass);


--
-- Name: pets pets_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.pets
    ADD CONSTRAINT pets_pkey PRIMARY KEY (id);


--
-- Name: persons people_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: people_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX people_name_idx ON public.persons USING btree (lower(full_name));


--
-- Name: pets pets_owner_fkey; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.pets
    ADD CONSTRAINT pets_owner_fkey FOREIGN KEY (owner) REFERENCES public.persons(id);


--
-- PostgreSQL database dump complete
--

\unrestrict Ioo9xmS19MqV5NPLNVeCZjK5mlT0gJeDBDA8As8Erqhbm7v9oHF4qaieviqZmy1

