--
-- PostgreSQL database dump
--

\restrict jR6LwjUtIDcqEcqF3eXFGqd9R3dbUuBJOVo5VXVVNu6rCPDA1QKgQ7TP2uI6oTf

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
-- Name: int_close(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.int_close(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ select abs($1 - $2) < 2 $_$;


ALTER FUNCTION public.int_close(integer, integer) OWNER TO postgres;

--
-- Name: int_far(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.int_far(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ select abs($1 - $2) >= 2 $_$;


ALTER FUNCTION public.int_far(integer, integer) OWNER TO postgres;

--
-- Name: negate_text(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.negate_text(text) RETURNS text
    LANGUAGE sql
    AS $_$ select reverse($1) $_$;


ALTER FUNCTION public.negate_text(text) OWNER TO postgres;

--
-- Name: reverse_textregexeq(text, text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ select $2 ~ $1 $_$;


ALTER FUNCTION public.reverse_textregexeq(text, text) OWNER TO postgres;

--
-- Name: !!; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.!! (
    FUNCTION = public.negate_text,
    RIGHTARG = text
);


ALTER OPERATOR public.!! (NONE, text) OWNER TO postgres;

--
-- Name: !==; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.!== (
    FUNCTION = public.int_far,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.!==),
    NEGATOR = OPERATOR(public.===)
);


ALTER OPERATOR public.!== (integer, integer) OWNER TO postgres;

--
-- Name: ===; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.=== (
    FUNCTION = public.int_close,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(public.===),
    NEGATOR = OPERATOR(public.!==),
    MERGES,
    HASHES,
    RESTRICT = eqsel,
    JOIN = eqjoinsel
);


ALTER OPERATOR public.=== (integer, integer) OWNER TO postgres;

--
-- Name: OPERATOR === (integer, integer); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON OPERATOR public.=== (integer, integer) IS 'close enough';


--
-- Name: ~<<; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);


ALTER OPERATOR public.~<< (text, text) OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict jR6LwjUtIDcqEcqF3eXFGqd9R3dbUuBJOVo5VXVVNu6rCPDA1QKgQ7TP2uI6oTf

