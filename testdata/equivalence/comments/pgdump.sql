--
-- PostgreSQL database dump
--

\restrict 5P7QpkFtoG1GqR2IczpvQQHDyxXLgNUccA1Ib3ypqAhCL1ylDXeijEAqGB3lh54

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
-- Name: crm; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA crm;


ALTER SCHEMA crm OWNER TO postgres;

--
-- Name: SCHEMA crm; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA crm IS 'Customer relationship data';


--
-- Name: SCHEMA public; Type: COMMENT; Schema: -; Owner: pg_database_owner
--

COMMENT ON SCHEMA public IS 'Default schema (comment replaced)';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'case-insensitive text, used for emails';


--
-- Name: stage; Type: TYPE; Schema: crm; Owner: postgres
--

CREATE TYPE crm.stage AS ENUM (
    'lead',
    'prospect',
    'customer'
);


ALTER TYPE crm.stage OWNER TO postgres;

--
-- Name: TYPE stage; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON TYPE crm.stage IS 'Sales pipeline stage';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: contacts; Type: TABLE; Schema: crm; Owner: postgres
--

CREATE TABLE crm.contacts (
    id integer NOT NULL,
    email public.citext NOT NULL,
    name text,
    stage crm.stage DEFAULT 'lead'::crm.stage NOT NULL,
    score integer,
    CONSTRAINT contacts_score_check CHECK (((score >= 0) AND (score <= 100)))
);


ALTER TABLE crm.contacts OWNER TO postgres;

--
-- Name: TABLE contacts; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON TABLE crm.contacts IS 'People we talk to';


--
-- Name: COLUMN contacts.id; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.contacts.id IS 'Surrogate key';


--
-- Name: COLUMN contacts.email; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.contacts.email IS 'Primary e-mail; it''s unique (case-insensitive)';


--
-- Name: COLUMN contacts.name; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.contacts.name IS 'Full name
as the person writes it';


--
-- Name: COLUMN contacts.stage; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.contacts.stage IS 'Stage, see "crm.stage"';


--
-- Name: CONSTRAINT contacts_score_check ON contacts; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON CONSTRAINT contacts_score_check ON crm.contacts IS 'Scores are percentages';


--
-- Name: contacts_id_seq; Type: SEQUENCE; Schema: crm; Owner: postgres
--

CREATE SEQUENCE crm.contacts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE crm.contacts_id_seq OWNER TO postgres;

--
-- Name: contacts_id_seq; Type: SEQUENCE OWNED BY; Schema: crm; Owner: postgres
--

ALTER SEQUENCE crm.contacts_id_seq OWNED BY crm.contacts.id;


--
-- Name: SEQUENCE contacts_id_seq; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON SEQUENCE crm.contacts_id_seq IS 'Backs contacts.id (serial)';


--
-- Name: hot_leads; Type: VIEW; Schema: crm; Owner: postgres
--

CREATE VIEW crm.hot_leads AS
 SELECT contacts.id,
    contacts.email,
    contacts.score
   FROM crm.contacts
  WHERE ((contacts.stage = 'lead'::crm.stage) AND (contacts.score > 80));


ALTER TABLE crm.hot_leads OWNER TO postgres;

--
-- Name: VIEW hot_leads; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON VIEW crm.hot_leads IS 'Leads scoring above 80';


--
-- Name: COLUMN hot_leads.score; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.hot_leads.score IS 'Copied from contacts.score';


--
-- Name: notes; Type: TABLE; Schema: crm; Owner: postgres
--

CREATE TABLE crm.notes (
    id bigint NOT NULL,
    contact_id integer NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now()
);


ALTER TABLE crm.notes OWNER TO postgres;

--
-- Name: COLUMN notes.body; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.notes.body IS 'Markdown. ünïcödé ✓ and 😀 are fine';


--
-- Name: COLUMN notes.created_at; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON COLUMN crm.notes.created_at IS 'Insert time (UTC)';


--
-- Name: notes_id_seq; Type: SEQUENCE; Schema: crm; Owner: postgres
--

ALTER TABLE crm.notes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME crm.notes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_no; Type: SEQUENCE; Schema: crm; Owner: postgres
--

CREATE SEQUENCE crm.ticket_no
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE crm.ticket_no OWNER TO postgres;

--
-- Name: SEQUENCE ticket_no; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON SEQUENCE crm.ticket_no IS 'Support ticket numbers';


--
-- Name: Weird Table; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Weird Table" (
    "Odd Column" integer,
    "select" text
);


ALTER TABLE public."Weird Table" OWNER TO postgres;

--
-- Name: TABLE "Weird Table"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public."Weird Table" IS 'Quoted names';


--
-- Name: COLUMN "Weird Table"."Odd Column"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."Weird Table"."Odd Column" IS 'Mixed case';


--
-- Name: COLUMN "Weird Table"."select"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."Weird Table"."select" IS 'Reserved word';


--
-- Name: contacts id; Type: DEFAULT; Schema: crm; Owner: postgres
--

ALTER TABLE ONLY crm.contacts ALTER COLUMN id SET DEFAULT nextval('crm.contacts_id_seq'::regclass);


--
-- Name: contacts contacts_email_key; Type: CONSTRAINT; Schema: crm; Owner: postgres
--

ALTER TABLE ONLY crm.contacts
    ADD CONSTRAINT contacts_email_key UNIQUE (email);


--
-- Name: CONSTRAINT contacts_email_key ON contacts; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON CONSTRAINT contacts_email_key ON crm.contacts IS 'One contact per address';


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: crm; Owner: postgres
--

ALTER TABLE ONLY crm.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);


--
-- Name: CONSTRAINT contacts_pkey ON contacts; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON CONSTRAINT contacts_pkey ON crm.contacts IS 'pk';


--
-- Name: notes notes_pkey; Type: CONSTRAINT; Schema: crm; Owner: postgres
--

ALTER TABLE ONLY crm.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);


--
-- Name: contacts_name_idx; Type: INDEX; Schema: crm; Owner: postgres
--

CREATE INDEX contacts_name_idx ON crm.contacts USING btree (lower(name));


--
-- Name: INDEX contacts_name_idx; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON INDEX crm.contacts_name_idx IS 'Case-insensitive name lookup';


--
-- Name: notes notes_contact_id_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: postgres
--

ALTER TABLE ONLY crm.notes
    ADD CONSTRAINT notes_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES crm.contacts(id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT notes_contact_id_fkey ON notes; Type: COMMENT; Schema: crm; Owner: postgres
--

COMMENT ON CONSTRAINT notes_contact_id_fkey ON crm.notes IS 'Notes die with their contact';


--
-- PostgreSQL database dump complete
--

\unrestrict 5P7QpkFtoG1GqR2IczpvQQHDyxXLgNUccA1Ib3ypqAhCL1ylDXeijEAqGB3lh54

