--
-- PostgreSQL database dump
--

\restrict 6tMznQqxKRrdfmvsjO6e7rm0MRTNBTJd6uTkXEueMPVjXpv6V3fOBhzNQzvaByK

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
-- Name: docs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.docs (
    id bigint NOT NULL,
    body text,
    kind text,
    amount numeric,
    tags text[]
);
ALTER TABLE ONLY public.docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.docs ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE ONLY public.docs ALTER COLUMN kind SET STATISTICS 500;
ALTER TABLE ONLY public.docs ALTER COLUMN kind SET (n_distinct=20);
ALTER TABLE ONLY public.docs ALTER COLUMN amount SET STORAGE EXTERNAL;
ALTER TABLE ONLY public.docs ALTER COLUMN amount SET (n_distinct_inherited=7);


ALTER TABLE public.docs OWNER TO postgres;

--
-- Name: docs docs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict 6tMznQqxKRrdfmvsjO6e7rm0MRTNBTJd6uTkXEueMPVjXpv6V3fOBhzNQzvaByK

