--
-- PostgreSQL database dump
--

\restrict iKD9ZCrHyzMini4RDbLqcdiSni2N2cR74VMVjysfBcW2F0k4c7aca7cIC9Dk5J5

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
-- Name: as_constants; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.as_constants (
    id integer,
    string text,
    at timestamp with time zone
);


ALTER TABLE public.as_constants OWNER TO postgres;

--
-- Name: as_copy; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.as_copy (
    id bigint,
    total numeric
);


ALTER TABLE public.as_copy OWNER TO postgres;

--
-- Name: as_named; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.as_named (
    a bigint,
    b text
);


ALTER TABLE public.as_named OWNER TO postgres;

--
-- Name: as_series; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.as_series (
    val integer
);


ALTER TABLE public.as_series OWNER TO postgres;

--
-- Name: audit_template; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_template (
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT CURRENT_USER COLLATE pg_catalog."C",
    note text,
    version integer NOT NULL,
    CONSTRAINT created_sane CHECK ((created_at > '2000-01-01 00:00:00+00'::timestamp with time zone))
);


ALTER TABLE public.audit_template OWNER TO postgres;

--
-- Name: COLUMN audit_template.note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.audit_template.note IS 'free text';


--
-- Name: audit_template_version_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.audit_template ALTER COLUMN version ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_template_version_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT CURRENT_USER COLLATE pg_catalog."C",
    note text,
    version integer NOT NULL,
    CONSTRAINT created_sane CHECK ((created_at > '2000-01-01 00:00:00+00'::timestamp with time zone))
);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: events_version_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.events ALTER COLUMN version ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.events_version_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    MAXVALUE 2147483647
    CACHE 1
);


--
-- Name: notes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notes (
    created_at timestamp with time zone NOT NULL,
    created_by text COLLATE pg_catalog."C",
    note text,
    version integer NOT NULL
);


ALTER TABLE public.notes OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT CURRENT_USER COLLATE pg_catalog."C",
    note text,
    version integer NOT NULL,
    total numeric,
    CONSTRAINT created_sane CHECK ((created_at > '2000-01-01 00:00:00+00'::timestamp with time zone))
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: COLUMN orders.note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.orders.note IS 'free text';


--
-- Name: audit_template audit_template_created_by_created_at_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_template
    ADD CONSTRAINT audit_template_created_by_created_at_key UNIQUE (created_by, created_at);


--
-- Name: events events_created_by_created_at_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_created_by_created_at_key UNIQUE (created_by, created_at);


--
-- Name: orders orders_created_by_created_at_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_created_by_created_at_key UNIQUE (created_by, created_at);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: audit_template_note_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_template_note_idx ON public.audit_template USING btree (lower(note));


--
-- Name: events_lower_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_lower_idx ON public.events USING btree (lower(note));


--
-- Name: orders_lower_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_lower_idx ON public.orders USING btree (lower(note));


--
-- PostgreSQL database dump complete
--

\unrestrict iKD9ZCrHyzMini4RDbLqcdiSni2N2cR74VMVjysfBcW2F0k4c7aca7cIC9Dk5J5

