--
-- PostgreSQL database dump
--

\restrict uGzUbcP0wKuJN28F0zmWSCMeDJ27hTzowxBYirmc34K0lInkNibquflfmNk7iT0

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
-- Name: app; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO postgres;

--
-- Name: audit; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA audit;


ALTER SCHEMA audit OWNER TO postgres;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: role; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.role AS ENUM (
    'viewer',
    'editor',
    'admin'
);


ALTER TYPE app.role OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE app.accounts OWNER TO postgres;

--
-- Name: member_no; Type: SEQUENCE; Schema: app; Owner: postgres
--

CREATE SEQUENCE app.member_no
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.member_no OWNER TO postgres;

--
-- Name: members; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.members (
    id integer DEFAULT nextval('app.member_no'::regclass) NOT NULL,
    account_id uuid NOT NULL,
    email text NOT NULL,
    role app.role DEFAULT 'viewer'::app.role NOT NULL,
    roles app.role[] DEFAULT '{viewer}'::app.role[] NOT NULL,
    password text DEFAULT public.crypt('changeme'::text, public.gen_salt('bf'::text)) NOT NULL
);


ALTER TABLE app.members OWNER TO postgres;

--
-- Name: admins; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.admins AS
 SELECT m.id,
    m.email,
    a.name AS account
   FROM (app.members m
     JOIN app.accounts a ON ((a.id = m.account_id)))
  WHERE (m.role = 'admin'::app.role);


ALTER TABLE app.admins OWNER TO postgres;

--
-- Name: invitations; Type: TABLE; Schema: app; Owner: postgres
--

CREATE TABLE app.invitations (
    token text DEFAULT encode(public.gen_random_bytes(16), 'hex'::text) NOT NULL,
    account_id uuid NOT NULL,
    invited_as app.role DEFAULT 'editor'::app.role,
    expires_at timestamp with time zone DEFAULT (now() + '7 days'::interval)
);


ALTER TABLE app.invitations OWNER TO postgres;

--
-- Name: pending_invitations; Type: VIEW; Schema: app; Owner: postgres
--

CREATE VIEW app.pending_invitations AS
 SELECT invitations.token,
    invitations.account_id,
    invitations.invited_as
   FROM app.invitations
  WHERE (invitations.expires_at > now());


ALTER TABLE app.pending_invitations OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: audit; Owner: postgres
--

CREATE TABLE audit.events (
    id bigint NOT NULL,
    member_id integer,
    kind app.role,
    at timestamp without time zone DEFAULT now()
);


ALTER TABLE audit.events OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: audit; Owner: postgres
--

CREATE SEQUENCE audit.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE audit.events_id_seq OWNER TO postgres;

--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: audit; Owner: postgres
--

ALTER SEQUENCE audit.events_id_seq OWNED BY audit.events.id;


--
-- Name: plain; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plain (
    id integer NOT NULL,
    settings_key text
);


ALTER TABLE public.plain OWNER TO postgres;

--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    key text NOT NULL,
    value text
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: events id; Type: DEFAULT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events ALTER COLUMN id SET DEFAULT nextval('audit.events_id_seq'::regclass);


--
-- Name: accounts accounts_name_key; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.accounts
    ADD CONSTRAINT accounts_name_key UNIQUE (name);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (token);


--
-- Name: members members_account_id_email_key; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_account_id_email_key UNIQUE (account_id, email);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: plain plain_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plain
    ADD CONSTRAINT plain_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: members_lower_idx; Type: INDEX; Schema: app; Owner: postgres
--

CREATE INDEX members_lower_idx ON app.members USING btree (lower(email));


--
-- Name: invitations invitations_account_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.invitations
    ADD CONSTRAINT invitations_account_id_fkey FOREIGN KEY (account_id) REFERENCES app.accounts(id);


--
-- Name: members members_account_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: postgres
--

ALTER TABLE ONLY app.members
    ADD CONSTRAINT members_account_id_fkey FOREIGN KEY (account_id) REFERENCES app.accounts(id) ON DELETE CASCADE;


--
-- Name: events events_member_id_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: postgres
--

ALTER TABLE ONLY audit.events
    ADD CONSTRAINT events_member_id_fkey FOREIGN KEY (member_id) REFERENCES app.members(id);


--
-- Name: plain plain_settings_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plain
    ADD CONSTRAINT plain_settings_key_fkey FOREIGN KEY (settings_key) REFERENCES public.settings(key);


--
-- PostgreSQL database dump complete
--

\unrestrict uGzUbcP0wKuJN28F0zmWSCMeDJ27hTzowxBYirmc34K0lInkNibquflfmNk7iT0

