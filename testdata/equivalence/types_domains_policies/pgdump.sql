--
-- PostgreSQL database dump
--

\restrict UX64YV5ZEKeIMg0ARLctZK20id86iKK6Yc4ofqgv3PdFrJUOBPbWz363ihyZUvD

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
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: us_postal_code; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.us_postal_code AS text
	CONSTRAINT us_postal_code_format CHECK (((VALUE ~ '^\d{5}$'::text) OR (VALUE ~ '^\d{5}-\d{4}$'::text)));


ALTER DOMAIN public.us_postal_code OWNER TO postgres;

--
-- Name: address; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.address AS (
	street text,
	city character varying(80),
	zip public.us_postal_code
);


ALTER TYPE public.address OWNER TO postgres;

--
-- Name: TYPE address; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TYPE public.address IS 'A postal address';


--
-- Name: dcolor; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.dcolor AS integer
	CONSTRAINT dcolor_check CHECK ((VALUE >= 0));


ALTER DOMAIN public.dcolor OWNER TO postgres;

--
-- Name: dlabel; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.dlabel AS text;


ALTER DOMAIN public.dlabel OWNER TO postgres;

--
-- Name: dmoney; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.dmoney AS numeric(10,2);


ALTER DOMAIN public.dmoney OWNER TO postgres;

--
-- Name: dtsv; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.dtsv AS tsvector NOT NULL;


ALTER DOMAIN public.dtsv OWNER TO postgres;

--
-- Name: dtsv_ne; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.dtsv_ne AS public.dtsv
	CONSTRAINT dtsv_ne_check CHECK (((VALUE)::tsvector <> ''::tsvector));


ALTER DOMAIN public.dtsv_ne OWNER TO postgres;

--
-- Name: email; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));


ALTER DOMAIN public.email OWNER TO postgres;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON DOMAIN public.email IS 'An e-mail address';


--
-- Name: floatrange; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = public.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE public.floatrange OWNER TO postgres;

--
-- Name: percent; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.percent AS numeric(5,2) DEFAULT 0
	CONSTRAINT percent_check CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));


ALTER DOMAIN public.percent OWNER TO postgres;

--
-- Name: positive_int; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.positive_int AS integer NOT NULL
	CONSTRAINT positive_int_check CHECK ((VALUE > 0));


ALTER DOMAIN public.positive_int OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    tenant_id integer NOT NULL,
    contact public.email NOT NULL,
    home public.address,
    discount public.percent,
    visits public.positive_int DEFAULT 1,
    preferred_hours tstzrange,
    scores public.floatrange
);

ALTER TABLE ONLY public.customers FORCE ROW LEVEL SECURITY;


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dvalues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dvalues (
    c public.dcolor,
    b public.dmoney,
    a public.dlabel,
    CONSTRAINT dvalues_b_check CHECK (((b)::numeric > (0)::numeric)),
    CONSTRAINT dvalues_c_check CHECK (((c)::integer >= 1))
);


ALTER TABLE public.dvalues OWNER TO postgres;

--
-- Name: dvalues_half; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.dvalues_half AS
 SELECT (((dvalues.c)::integer / 2))::public.dcolor AS half,
    dvalues.a
   FROM public.dvalues
  WHERE ((dvalues.a)::text ~~ 'x%'::text);


ALTER TABLE public.dvalues_half OWNER TO postgres;

--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: dvalues_a_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dvalues_a_idx ON public.dvalues USING btree (lower((a)::text));


--
-- Name: customers; Type: ROW SECURITY; Schema: public; Owner: postgres
--

ALTER TABLE public.customers ENABLE ROW LEVEL SECURITY;

--
-- Name: customers no_deletes; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY no_deletes ON public.customers AS RESTRICTIVE FOR DELETE USING (false);


--
-- Name: customers tenant_insert; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY tenant_insert ON public.customers FOR INSERT WITH CHECK ((tenant_id = (current_setting('app.tenant'::text))::integer));


--
-- Name: customers tenant_isolation; Type: POLICY; Schema: public; Owner: postgres
--

CREATE POLICY tenant_isolation ON public.customers USING ((tenant_id = (current_setting('app.tenant'::text))::integer));


--
-- Name: POLICY tenant_isolation ON customers; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON POLICY tenant_isolation ON public.customers IS 'Rows of the current tenant only';


--
-- PostgreSQL database dump complete
--

\unrestrict UX64YV5ZEKeIMg0ARLctZK20id86iKK6Yc4ofqgv3PdFrJUOBPbWz363ihyZUvD

