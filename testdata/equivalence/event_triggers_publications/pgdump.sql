--
-- PostgreSQL database dump
--

\restrict Fp1SIIwjimtbi7SFflDJyQIfXirO9OxRbA7Z4F39iNwCmT3h6acPinEh3RxEhuJ

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
-- Name: s; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA s;


ALTER SCHEMA s OWNER TO postgres;

--
-- Name: on_ddl(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.on_ddl() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;


ALTER FUNCTION public.on_ddl() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: t1; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t1 (
    id integer NOT NULL,
    a text,
    b integer
);


ALTER TABLE public.t1 OWNER TO postgres;

--
-- Name: t2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t2 (
    id integer NOT NULL
);


ALTER TABLE public.t2 OWNER TO postgres;

--
-- Name: t3; Type: TABLE; Schema: s; Owner: postgres
--

CREATE TABLE s.t3 (
    x integer
);


ALTER TABLE s.t3 OWNER TO postgres;

--
-- Name: t1 t1_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.t1
    ADD CONSTRAINT t1_pkey PRIMARY KEY (id);


--
-- Name: t2 t2_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.t2
    ADD CONSTRAINT t2_pkey PRIMARY KEY (id);


--
-- Name: p_all; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION p_all FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION p_all OWNER TO postgres;

--
-- Name: p_empty; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION p_empty WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION p_empty OWNER TO postgres;

--
-- Name: p_schema; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION p_schema WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION p_schema OWNER TO postgres;

--
-- Name: p_some; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION p_some WITH (publish = 'insert, update');


ALTER PUBLICATION p_some OWNER TO postgres;

--
-- Name: PUBLICATION p_some; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON PUBLICATION p_some IS 'some';


--
-- Name: p_some t1; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION p_some ADD TABLE ONLY public.t1 (id, a) WHERE ((b > 0));


--
-- Name: p_empty t2; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION p_empty ADD TABLE ONLY public.t2;


--
-- Name: p_some t2; Type: PUBLICATION TABLE; Schema: public; Owner: postgres
--

ALTER PUBLICATION p_some ADD TABLE ONLY public.t2;


--
-- Name: p_schema s; Type: PUBLICATION TABLES IN SCHEMA; Schema: s; Owner: postgres
--

ALTER PUBLICATION p_schema ADD TABLES IN SCHEMA s;


--
-- Name: log_ddl; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER log_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION public.on_ddl();


ALTER EVENT TRIGGER log_ddl OWNER TO postgres;

--
-- Name: EVENT TRIGGER log_ddl; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER log_ddl IS 'logs';


--
-- Name: log_drop; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER log_drop ON sql_drop
   EXECUTE FUNCTION public.on_ddl();

ALTER EVENT TRIGGER log_drop DISABLE;


ALTER EVENT TRIGGER log_drop OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict Fp1SIIwjimtbi7SFflDJyQIfXirO9OxRbA7Z4F39iNwCmT3h6acPinEh3RxEhuJ

