--
-- PostgreSQL database dump
--

\restrict JNY0gGNnbmtfYIuayqVZKQ0iKE7TTPFIQCXnK3GIEXmnayRoFiqyGYFYK95t817

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
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    tenant_id integer NOT NULL,
    account_no integer NOT NULL,
    code character varying(20),
    region text,
    opened_on date NOT NULL,
    closed_on date,
    CONSTRAINT accounts_check CHECK (((closed_on IS NULL) OR (closed_on >= opened_on))),
    CONSTRAINT accounts_check1 CHECK ((tenant_id <> account_no)),
    CONSTRAINT accounts_positive_no CHECK ((account_no > 0))
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: bookings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bookings (
    id bigint NOT NULL,
    during tsrange NOT NULL,
    area circle,
    cancelled boolean DEFAULT false NOT NULL
);


ALTER TABLE public.bookings OWNER TO postgres;

--
-- Name: customer_loyalty_program_membership_enrollments_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customer_loyalty_program_membership_enrollments_history (
    enrollment_identifier bigint NOT NULL,
    membership_tier_code_value text NOT NULL,
    points_balance_amount integer,
    CONSTRAINT customer_loyalty_program_membership_points_balance_amount_check CHECK ((points_balance_amount >= 0))
);


ALTER TABLE public.customer_loyalty_program_membership_enrollments_history OWNER TO postgres;

--
-- Name: order_drafts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.order_drafts (
    qty integer,
    CONSTRAINT orders_qty_check CHECK ((qty >= 0))
);


ALTER TABLE public.order_drafts OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    qty integer,
    CONSTRAINT orders_qty_check1 CHECK ((qty > 0))
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: products; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.products (
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    price numeric(10,2) NOT NULL,
    sale_price numeric(10,2),
    weight_g integer DEFAULT 0 NOT NULL,
    CONSTRAINT products_price_check CHECK ((price > (0)::numeric)),
    CONSTRAINT products_weight_g_check CHECK ((weight_g >= 0)),
    CONSTRAINT sale_below_price CHECK ((sale_price < price)),
    CONSTRAINT title_not_blank CHECK ((title <> ''::text))
);


ALTER TABLE public.products OWNER TO postgres;

--
-- Name: repeated_a; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repeated_a (
    id integer NOT NULL,
    name text
);


ALTER TABLE public.repeated_a OWNER TO postgres;

--
-- Name: repeated_a_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.repeated_a_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.repeated_a_id_seq OWNER TO postgres;

--
-- Name: repeated_a_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.repeated_a_id_seq OWNED BY public.repeated_a.id;


--
-- Name: repeated_b; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repeated_b (
    id integer
);


ALTER TABLE public.repeated_b OWNER TO postgres;

--
-- Name: repeated_c; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repeated_c (
    id integer NOT NULL
);


ALTER TABLE public.repeated_c OWNER TO postgres;

--
-- Name: repeated_d; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repeated_d (
    a integer NOT NULL,
    b integer
);


ALTER TABLE public.repeated_d OWNER TO postgres;

--
-- Name: tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags (
    id integer NOT NULL,
    label text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT tags_label_len CHECK ((length(label) <= 40)),
    CONSTRAINT tags_slug_check CHECK ((slug = lower(slug)))
);


ALTER TABLE public.tags OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.tags_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tags_id_seq OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    username text NOT NULL,
    score numeric,
    age integer,
    nickname text,
    CONSTRAINT users_age_check CHECK ((age > 0)),
    CONSTRAINT users_age_check1 CHECK ((age < 150)),
    CONSTRAINT users_score_check CHECK ((score >= (0)::numeric)),
    CONSTRAINT users_score_check1 CHECK ((score <= (100)::numeric)),
    CONSTRAINT users_username_check CHECK (((char_length(username) >= 3) AND (char_length(username) <= 32)))
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: widgets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.widgets (
    id integer NOT NULL,
    code text NOT NULL
);


ALTER TABLE public.widgets OWNER TO postgres;

--
-- Name: repeated_a id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_a ALTER COLUMN id SET DEFAULT nextval('public.repeated_a_id_seq'::regclass);


--
-- Name: tags id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags ALTER COLUMN id SET DEFAULT nextval('public.tags_id_seq'::regclass);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (tenant_id, account_no);


--
-- Name: accounts accounts_region_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_region_code_key UNIQUE (region, code);


--
-- Name: accounts accounts_tenant_id_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_tenant_id_code_key UNIQUE (tenant_id, code);


--
-- Name: bookings bookings_during_area_excl; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_during_area_excl EXCLUDE USING gist (during WITH &&, area WITH &&);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: customer_loyalty_program_membership_enrollments_history customer_loyalty_program_members_membership_tier_code_value_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer_loyalty_program_membership_enrollments_history
    ADD CONSTRAINT customer_loyalty_program_members_membership_tier_code_value_key UNIQUE (membership_tier_code_value);


--
-- Name: customer_loyalty_program_membership_enrollments_history customer_loyalty_program_membership_enrollments_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer_loyalty_program_membership_enrollments_history
    ADD CONSTRAINT customer_loyalty_program_membership_enrollments_history_pkey PRIMARY KEY (enrollment_identifier);


--
-- Name: bookings no_overlap; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&) WHERE ((NOT cancelled));


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: products products_sku_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_sku_pk PRIMARY KEY (sku);


--
-- Name: products products_title_unique; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.products
    ADD CONSTRAINT products_title_unique UNIQUE (title);


--
-- Name: repeated_a repeated_a_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_a
    ADD CONSTRAINT repeated_a_pkey PRIMARY KEY (id);


--
-- Name: repeated_b repeated_b_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_b
    ADD CONSTRAINT repeated_b_id_key UNIQUE (id);


--
-- Name: repeated_c repeated_c_named; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_c
    ADD CONSTRAINT repeated_c_named PRIMARY KEY (id);


--
-- Name: repeated_d repeated_d_a_b_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_d
    ADD CONSTRAINT repeated_d_a_b_key UNIQUE (a, b);


--
-- Name: repeated_d repeated_d_b_a_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_d
    ADD CONSTRAINT repeated_d_b_a_key UNIQUE (b, a);


--
-- Name: repeated_d repeated_d_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repeated_d
    ADD CONSTRAINT repeated_d_pkey PRIMARY KEY (a);


--
-- Name: tags tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (id);


--
-- Name: tags tags_slug_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_slug_key UNIQUE (slug);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_email_key1; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key1 UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: widgets widgets_code_key1; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widgets
    ADD CONSTRAINT widgets_code_key1 UNIQUE (code);


--
-- Name: widgets widgets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widgets
    ADD CONSTRAINT widgets_pkey PRIMARY KEY (id);


--
-- Name: widgets_code_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widgets_code_key ON public.widgets USING btree (lower(code));


--
-- PostgreSQL database dump complete
--

\unrestrict JNY0gGNnbmtfYIuayqVZKQ0iKE7TTPFIQCXnK3GIEXmnayRoFiqyGYFYK95t817

