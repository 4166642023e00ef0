--
-- PostgreSQL database dump
--

\restrict gPMXkvTOuadUd1OOe9dXWXk8QVSNdaDEIeU89e3axpzhzmg7FJzzVjHRM3kzaLB

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
-- Name: audit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit (
    id bigint,
    what text
);

ALTER TABLE ONLY public.audit REPLICA IDENTITY NOTHING;


ALTER TABLE public.audit OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    topic text NOT NULL,
    at timestamp with time zone NOT NULL
);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    state text
);

ALTER TABLE ONLY public.jobs REPLICA IDENTITY FULL;


ALTER TABLE public.jobs OWNER TO postgres;

--
-- Name: queue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.queue (
    id bigint NOT NULL,
    payload text
);


ALTER TABLE public.queue OWNER TO postgres;

--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);

ALTER TABLE public.jobs CLUSTER ON jobs_pkey;


--
-- Name: events_at; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_at ON public.events USING btree (at DESC);

ALTER TABLE public.events CLUSTER ON events_at;


--
-- Name: events_topic_at; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX events_topic_at ON public.events USING btree (topic, at);


--
-- Name: queue_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX queue_id ON public.queue USING btree (id);

ALTER TABLE ONLY public.queue REPLICA IDENTITY USING INDEX queue_id;


--
-- PostgreSQL database dump complete
--

\unrestrict gPMXkvTOuadUd1OOe9dXWXk8QVSNdaDEIeU89e3axpzhzmg7FJzzVjHRM3kzaLB

