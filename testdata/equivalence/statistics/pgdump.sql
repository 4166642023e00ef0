--
-- PostgreSQL database dump
--

\restrict TLbJ9oo1dctyexrueThclZrPBwLFAcBzTSqScDFNVgFGVum0GpPLJPULcMOrwfP

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
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    city text,
    zip text,
    country text,
    placed date
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: orders_country_zip; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_country_zip ON zip, country FROM public.orders;
ALTER STATISTICS public.orders_country_zip SET STATISTICS 500;


ALTER STATISTICS public.orders_country_zip OWNER TO postgres;

--
-- Name: orders_geo; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_geo (dependencies) ON city, zip FROM public.orders;


ALTER STATISTICS public.orders_geo OWNER TO postgres;

--
-- Name: STATISTICS orders_geo; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON STATISTICS public.orders_geo IS 'zip decides city';


--
-- Name: orders_month; Type: STATISTICS; Schema: public; Owner: postgres
--

CREATE STATISTICS public.orders_month ON country, date_trunc('month'::text, placed::timestamp without time zone) FROM public.orders;


ALTER STATISTICS public.orders_month OWNER TO postgres;

--
-- PostgreSQL database dump complete
--

\unrestrict TLbJ9oo1dctyexrueThclZrPBwLFAcBzTSqScDFNVgFGVum0GpPLJPULcMOrwfP

