--
-- PostgreSQL database dump
--

\restrict ORdtr4XFvb5a5I85mxhyyp5zxjHkyez6CjmabBmwaZmrVFVR40j9zgPEE21qUKc

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
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    actor text,
    action text NOT NULL,
    payload json
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.documents (
    id bigint NOT NULL,
    owner_id integer NOT NULL,
    title character varying(200) NOT NULL,
    slug text NOT NULL,
    body text,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    attrs jsonb,
    search tsvector,
    location point,
    valid_range tstzrange,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    status character varying(16) DEFAULT 'draft'::character varying NOT NULL,
    score double precision
);


ALTER TABLE public.documents OWNER TO postgres;

--
-- Name: documents_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.documents_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.documents_id_seq OWNER TO postgres;

--
-- Name: documents_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.documents_id_seq OWNED BY public.documents.id;


--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    id integer,
    kind text
);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: events_kind_idx; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events_kind_idx (
    id integer
);


ALTER TABLE public.events_kind_idx OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    token uuid NOT NULL,
    user_id integer NOT NULL,
    ip inet
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: documents id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.documents ALTER COLUMN id SET DEFAULT nextval('public.documents_id_seq'::regclass);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);


--
-- Name: sessions sessions_user_id_idx; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_idx UNIQUE (user_id, token);


--
-- Name: audit_log_action_actor_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_action_actor_idx ON public.audit_log USING btree (action, actor);


--
-- Name: audit_log_actor_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_actor_idx ON public.audit_log USING btree (actor) WHERE (actor IS NOT NULL);


--
-- Name: audit_log_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_at_idx ON public.audit_log USING brin (at);


--
-- Name: audit_log_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX audit_log_id_idx ON public.audit_log USING btree (id);


--
-- Name: audit_log_upper_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_upper_idx ON public.audit_log USING btree (upper(action));


--
-- Name: audit_log_upper_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_upper_idx1 ON public.audit_log USING btree (upper(action));


--
-- Name: documents_attrs_gin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_attrs_gin ON public.documents USING gin (attrs jsonb_path_ops);


--
-- Name: documents_body_len; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_body_len ON public.documents USING btree (length(body));


--
-- Name: documents_coalesce; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_coalesce ON public.documents USING btree (COALESCE(deleted_at, created_at));


--
-- Name: documents_created_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_created_at_idx ON public.documents USING btree (created_at) WHERE (deleted_at IS NULL);


--
-- Name: documents_created_brin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_created_brin ON public.documents USING brin (created_at) WITH (pages_per_range='32');


--
-- Name: documents_deleted_desc; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_deleted_desc ON public.documents USING btree (deleted_at DESC, id);


--
-- Name: documents_expr_cast; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_expr_cast ON public.documents USING btree ((((created_at AT TIME ZONE 'UTC'::text))::date));


--
-- Name: documents_expr_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_expr_idx ON public.documents USING btree (((attrs ->> 'lang'::text)));


--
-- Name: documents_fill; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_fill ON public.documents USING btree (owner_id, id) WITH (fillfactor='70');


--
-- Name: documents_location_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_location_gist ON public.documents USING gist (location);


--
-- Name: documents_lower_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_lower_idx ON public.documents USING btree (lower((title)::text));


--
-- Name: documents_owner_id_created_at_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_owner_id_created_at_idx ON public.documents USING btree (owner_id, created_at DESC);


--
-- Name: documents_owner_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_owner_id_idx ON public.documents USING btree (owner_id);


--
-- Name: documents_owner_id_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_owner_id_idx1 ON public.documents USING btree (owner_id);


--
-- Name: documents_owner_incl; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_owner_incl ON public.documents USING btree (owner_id) INCLUDE (title, status);


--
-- Name: documents_owner_title_live; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX documents_owner_title_live ON public.documents USING btree (owner_id, lower((title)::text)) WHERE (deleted_at IS NULL);


--
-- Name: documents_range_gist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_range_gist ON public.documents USING gist (valid_range);


--
-- Name: documents_recent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_recent ON public.documents USING btree (created_at DESC) WHERE ((status)::text = ANY ((ARRAY['published'::character varying, 'archived'::character varying])::text[]));


--
-- Name: documents_score_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_score_order ON public.documents USING btree (score DESC NULLS LAST, id);


--
-- Name: documents_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_search_idx ON public.documents USING gin (search);


--
-- Name: documents_slug_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_slug_hash ON public.documents USING hash (slug);


--
-- Name: documents_slug_prefix; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_slug_prefix ON public.documents USING btree (slug text_pattern_ops);


--
-- Name: documents_slug_uidx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX documents_slug_uidx ON public.documents USING btree (slug);


--
-- Name: documents_status_nf; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_status_nf ON public.documents USING btree (status NULLS FIRST);


--
-- Name: documents_tags_gin; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_tags_gin ON public.documents USING gin (tags);


--
-- Name: documents_title_c; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_title_c ON public.documents USING btree (title COLLATE "C");


--
-- Name: documents_title_prefix; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_title_prefix ON public.documents USING btree (title varchar_pattern_ops);


--
-- Name: documents_title_trgm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX documents_title_trgm ON public.documents USING gin (title public.gin_trgm_ops);


--
-- Name: events_kind_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_kind_idx1 ON public.events USING btree (kind);


--
-- Name: sessions_ip_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sessions_ip_idx ON public.sessions USING gist (ip inet_ops);


--
-- Name: sessions_user_id_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sessions_user_id_idx1 ON public.sessions USING btree (user_id);


--
-- PostgreSQL database dump complete
--

\unrestrict ORdtr4XFvb5a5I85mxhyyp5zxjHkyez6CjmabBmwaZmrVFVR40j9zgPEE21qUKc

