--
-- PostgreSQL database dump
--

\restrict 7g0ljizrznfP96Spumhi5wEzDl0esisVmoG3PTwCQz0slst1H1ccpdafkJXXFWq

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
-- Name: stats; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA stats;


ALTER SCHEMA stats OWNER TO postgres;

--
-- Name: num_add(numeric, numeric); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.num_add(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT $1 + $2 $_$;


ALTER FUNCTION public.num_add(numeric, numeric) OWNER TO postgres;

--
-- Name: num_sub(numeric, numeric); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.num_sub(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT $1 - $2 $_$;


ALTER FUNCTION public.num_sub(numeric, numeric) OWNER TO postgres;

--
-- Name: numeric_accum(numeric[], numeric); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.numeric_accum(numeric[], numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT array_append($1, $2) $_$;


ALTER FUNCTION public.numeric_accum(numeric[], numeric) OWNER TO postgres;

--
-- Name: numeric_first(numeric[]); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.numeric_first(numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1[1] $_$;


ALTER FUNCTION public.numeric_first(numeric[]) OWNER TO postgres;

--
-- Name: str_append(text, text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.str_append(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1 || $2 $_$;


ALTER FUNCTION public.str_append(text, text) OWNER TO postgres;

--
-- Name: count_step(bigint); Type: FUNCTION; Schema: stats; Owner: postgres
--

CREATE FUNCTION stats.count_step(bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT $1 + 1 $_$;


ALTER FUNCTION stats.count_step(bigint) OWNER TO postgres;

--
-- Name: first_amount(numeric); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.first_amount(numeric) (
    SFUNC = public.numeric_accum,
    STYPE = numeric[],
    INITCOND = '{}',
    FINALFUNC = public.numeric_first
);


ALTER AGGREGATE public.first_amount(numeric) OWNER TO postgres;

--
-- Name: AGGREGATE first_amount(numeric); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.first_amount(numeric) IS 'first value seen';


--
-- Name: my_sum(numeric); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.my_sum(numeric) (
    SFUNC = public.num_add,
    STYPE = numeric,
    INITCOND = '0',
    COMBINEFUNC = public.num_add,
    MSFUNC = public.num_add,
    MINVFUNC = public.num_sub,
    MSTYPE = numeric,
    MINITCOND = '0',
    PARALLEL = safe
);


ALTER AGGREGATE public.my_sum(numeric) OWNER TO postgres;

--
-- Name: str_concat(text); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.str_concat(text) (
    SFUNC = public.str_append,
    STYPE = text,
    INITCOND = ''
);


ALTER AGGREGATE public.str_concat(text) OWNER TO postgres;

--
-- Name: biggest(integer); Type: AGGREGATE; Schema: stats; Owner: postgres
--

CREATE AGGREGATE stats.biggest(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = OPERATOR(pg_catalog.>)
);


ALTER AGGREGATE stats.biggest(integer) OWNER TO postgres;

--
-- Name: old_style(bigint); Type: AGGREGATE; Schema: stats; Owner: postgres
--

CREATE AGGREGATE stats.old_style(bigint) (
    SFUNC = int8pl,
    STYPE = bigint
);


ALTER AGGREGATE stats.old_style(bigint) OWNER TO postgres;

--
-- Name: rows_seen(*); Type: AGGREGATE; Schema: stats; Owner: postgres
--

CREATE AGGREGATE stats.rows_seen(*) (
    SFUNC = stats.count_step,
    STYPE = bigint,
    INITCOND = '0'
);


ALTER AGGREGATE stats.rows_seen(*) OWNER TO postgres;

--
-- Name: AGGREGATE rows_seen(*); Type: COMMENT; Schema: stats; Owner: postgres
--

COMMENT ON AGGREGATE stats.rows_seen(*) IS 'rows';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    amount numeric NOT NULL
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: order_totals; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.order_totals AS
 SELECT public.my_sum(orders.amount) AS total,
    public.first_amount(orders.amount) AS first
   FROM public.orders;


ALTER TABLE public.order_totals OWNER TO postgres;

--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 7g0ljizrznfP96Spumhi5wEzDl0esisVmoG3PTwCQz0slst1H1ccpdafkJXXFWq

