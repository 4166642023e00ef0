--
-- PostgreSQL database dump
--

\restrict z3HNTx2PSHUNYHgxc2482xebXNzW9T9WPtn5EpVl56uG1KtnnqEk871oj5ZAI2O

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
-- Name: color; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.color AS ENUM (
    'red',
    'green'
);


ALTER TYPE public.color OWNER TO postgres;

--
-- Name: monetary; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.monetary AS numeric(12,2);


ALTER DOMAIN public.monetary OWNER TO postgres;

--
-- Name: pair; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.pair AS (
	a integer,
	b integer
);


ALTER TYPE public.pair OWNER TO postgres;

--
-- Name: pair_text(public.pair); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.pair_text(public.pair) RETURNS text
    LANGUAGE sql
    AS $_$ select $1.a || ',' || $1.b $_$;


ALTER FUNCTION public.pair_text(public.pair) OWNER TO postgres;

--
-- Name: CAST (public.pair AS text); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (public.pair AS text) WITH FUNCTION public.pair_text(public.pair);


--
-- Name: CAST (text AS public.color); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (text AS public.color) WITH INOUT AS ASSIGNMENT;


--
-- Name: CAST (text AS public.color); Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON CAST (text AS public.color) IS 'names to colors';


--
-- Name: monetary(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.monetary(text) RETURNS public.monetary
    LANGUAGE sql IMMUTABLE
    AS $_$ select replace($1, '$', '')::numeric $_$;


ALTER FUNCTION public.monetary(text) OWNER TO postgres;

--
-- Name: CAST (text AS public.monetary); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (text AS public.monetary) WITH FUNCTION public.monetary(text) AS IMPLICIT;


--
-- PostgreSQL database dump complete
--

\unrestrict z3HNTx2PSHUNYHgxc2482xebXNzW9T9WPtn5EpVl56uG1KtnnqEk871oj5ZAI2O

