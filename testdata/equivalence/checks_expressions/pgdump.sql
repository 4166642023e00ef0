--
-- PostgreSQL database dump
--

\restrict xUAFlOdqhvr2w3jxnxDOjBksVgUegYXIzNVr5vFhnE2tW7uzz8pQRmTHLOzTIKN

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
-- Name: intervals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.intervals (
    id integer NOT NULL,
    starts timestamp with time zone NOT NULL,
    ends timestamp with time zone,
    CONSTRAINT intervals_check CHECK (((ends IS NULL) OR (ends > starts))),
    CONSTRAINT intervals_check1 CHECK (((ends IS NULL) OR ((ends - starts) < '30 days'::interval)))
);


ALTER TABLE public.intervals OWNER TO postgres;

--
-- Name: intervals_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.intervals_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.intervals_id_seq OWNER TO postgres;

--
-- Name: intervals_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.intervals_id_seq OWNED BY public.intervals.id;


--
-- Name: measurements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurements (
    id bigint NOT NULL,
    sensor character varying(40) NOT NULL,
    reading double precision,
    unit text NOT NULL,
    taken_at timestamp without time zone NOT NULL,
    window_s interval,
    flags bit(8) DEFAULT '00000000'::"bit",
    payload jsonb,
    CONSTRAINT measurements_payload_check CHECK ((jsonb_typeof(payload) = 'object'::text)),
    CONSTRAINT measurements_reading_check CHECK ((reading <> 'NaN'::double precision)),
    CONSTRAINT measurements_sensor_check CHECK ((((sensor)::text <> ''::text) AND ((sensor)::text !~ '\s'::text))),
    CONSTRAINT measurements_taken_at_check CHECK ((EXTRACT(year FROM taken_at) >= (2000)::numeric)),
    CONSTRAINT measurements_taken_at_check1 CHECK (((taken_at)::date <= (CURRENT_DATE + 1))),
    CONSTRAINT measurements_unit_check CHECK ((unit = ANY (ARRAY['C'::text, 'F'::text, 'K'::text]))),
    CONSTRAINT measurements_window_s_check CHECK ((window_s > '00:00:00'::interval))
);


ALTER TABLE public.measurements OWNER TO postgres;

--
-- Name: measurements_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.measurements ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.measurements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: people; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.people (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(255),
    alt_email text,
    status character varying(20) DEFAULT 'new'::character varying NOT NULL,
    kind text,
    code character(3),
    age integer,
    rating integer,
    price numeric,
    discount numeric(5,2),
    weight real,
    lo integer,
    hi integer,
    a integer,
    b integer,
    phone character varying(30),
    mobile character varying(30),
    nick character varying(30),
    tags text[],
    born_on date,
    updated_at timestamp with time zone,
    CONSTRAINT email_lower CHECK (((email)::text = lower((email)::text))),
    CONSTRAINT lo_hi_positive CHECK ((((lo > 0) AND (hi > 0)) OR (lo IS NULL))),
    CONSTRAINT nick_format CHECK (((nick)::text ~ similar_to_escape('[a-z_]+'::text))),
    CONSTRAINT nick_not_name CHECK (((nick)::text IS DISTINCT FROM (name)::text)),
    CONSTRAINT people_a_check CHECK ((COALESCE(a, 0) >= 0)),
    CONSTRAINT people_age_check CHECK (((age >= 0) AND (age <= 150))),
    CONSTRAINT people_alt_email_check CHECK ((alt_email ~* '^.+@.+$'::text)),
    CONSTRAINT people_born_on_check CHECK ((born_on > '1900-01-01'::date)),
    CONSTRAINT people_check CHECK ((lo < hi)),
    CONSTRAINT people_check1 CHECK ((NOT ((phone IS NULL) AND (mobile IS NULL)))),
    CONSTRAINT people_check2 CHECK (((b IS NULL) OR (b <> a))),
    CONSTRAINT people_code_check CHECK (((code)::text = upper((code)::text))),
    CONSTRAINT people_discount_check CHECK (((discount >= 0.0) AND (discount <= (100)::numeric))),
    CONSTRAINT people_email_check CHECK (((email)::text ~~ '%@%'::text)),
    CONSTRAINT people_kind_check CHECK ((kind = ANY (ARRAY['person'::text, 'bot'::text]))),
    CONSTRAINT people_name_check CHECK ((char_length((name)::text) > 0)),
    CONSTRAINT people_price_check CHECK ((price > (0)::numeric)),
    CONSTRAINT people_rating_check CHECK ((((rating < 1) OR (rating > 5)) OR (rating IS NULL))),
    CONSTRAINT people_status_check CHECK (((status)::text = ANY ((ARRAY['new'::character varying, 'active'::character varying, 'banned'::character varying])::text[]))),
    CONSTRAINT people_tags_check CHECK ((array_length(tags, 1) <= 10)),
    CONSTRAINT people_updated_at_check CHECK ((updated_at <= (now() + '00:01:00'::interval))),
    CONSTRAINT people_weight_check CHECK ((weight > (0.5)::double precision)),
    CONSTRAINT people_x_between CHECK (((a >= 1) AND (a <= 10))),
    CONSTRAINT status_not_banned_without_email CHECK ((((status)::text <> 'banned'::text) OR (email IS NOT NULL)))
);


ALTER TABLE public.people OWNER TO postgres;

--
-- Name: intervals id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.intervals ALTER COLUMN id SET DEFAULT nextval('public.intervals_id_seq'::regclass);


--
-- Name: intervals intervals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.intervals
    ADD CONSTRAINT intervals_pkey PRIMARY KEY (id);


--
-- Name: measurements measurements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurements
    ADD CONSTRAINT measurements_pkey PRIMARY KEY (id);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict xUAFlOdqhvr2w3jxnxDOjBksVgUegYXIzNVr5vFhnE2tW7uzz8pQRmTHLOzTIKN

