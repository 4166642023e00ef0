--
-- PostgreSQL database dump
--

\restrict 0H2opLRUjUxYs8mDpHwWEKK2gCyLgSw0Y8YWDbkjresrDPigx53ws9J2OL7u8BW

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
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: Priority; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public."Priority" AS ENUM (
    'Low',
    'Medium',
    'High'
);


ALTER TYPE public."Priority" OWNER TO postgres;

--
-- Name: color; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.color AS ENUM (
    'red',
    'green',
    'blue'
);


ALTER TYPE public.color OWNER TO postgres;

--
-- Name: empty_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.empty_enum AS ENUM (
);


ALTER TYPE public.empty_enum OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'miserable',
    'sad',
    'ok',
    'happy',
    'ecstatic'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: order_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.order_status AS ENUM (
    'pending',
    'paid',
    'shipped',
    'delivered',
    'cancelled',
    'refunded'
);


ALTER TYPE public.order_status OWNER TO postgres;

--
-- Name: quoted_labels; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.quoted_labels AS ENUM (
    'it''s',
    'with space',
    'UPPER',
    '',
    'ünïcödé'
);


ALTER TYPE public.quoted_labels OWNER TO postgres;

--
-- Name: size; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.size AS ENUM (
    'xs',
    's',
    'm',
    'l',
    'xl'
);


ALTER TYPE shop.size OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    status public.order_status DEFAULT 'pending'::public.order_status NOT NULL,
    prev public.order_status,
    sizes shop.size[] DEFAULT ARRAY[]::shop.size[] NOT NULL,
    CONSTRAINT orders_check CHECK (((status <> 'cancelled'::public.order_status) OR (prev IS NOT NULL))),
    CONSTRAINT orders_check1 CHECK ((prev IS DISTINCT FROM status))
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: paints; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.paints (
    id integer NOT NULL,
    base public.color NOT NULL,
    mix public.color[],
    CONSTRAINT paints_mix_check CHECK ((array_length(mix, 1) <= 3))
);


ALTER TABLE public.paints OWNER TO postgres;

--
-- Name: people; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.people (
    id integer NOT NULL,
    name text NOT NULL,
    current public.mood DEFAULT 'ok'::public.mood NOT NULL,
    history public.mood[] DEFAULT '{}'::public.mood[],
    priority public."Priority" DEFAULT 'Medium'::public."Priority"
);


ALTER TABLE public.people OWNER TO postgres;

--
-- Name: people_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.people_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.people_id_seq OWNER TO postgres;

--
-- Name: people_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.people_id_seq OWNED BY public.people.id;


--
-- Name: items; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.items (
    id integer NOT NULL,
    size shop.size DEFAULT 'm'::shop.size NOT NULL,
    fits shop.size[],
    label public.quoted_labels
);


ALTER TABLE shop.items OWNER TO postgres;

--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: people id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.people ALTER COLUMN id SET DEFAULT nextval('public.people_id_seq'::regclass);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: paints paints_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.paints
    ADD CONSTRAINT paints_pkey PRIMARY KEY (id);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- Name: orders_status_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_status_idx ON public.orders USING btree (status) WHERE (status = ANY (ARRAY['pending'::public.order_status, 'paid'::public.order_status]));


--
-- Name: people_current_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX people_current_idx ON public.people USING btree (current);


--
-- Name: people_one_ecstatic; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX people_one_ecstatic ON public.people USING btree (name) WHERE (current = 'ecstatic'::public.mood);


--
-- PostgreSQL database dump complete
--

\unrestrict 0H2opLRUjUxYs8mDpHwWEKK2gCyLgSw0Y8YWDbkjresrDPigx53ws9J2OL7u8BW

