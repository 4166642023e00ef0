--
-- PostgreSQL database dump
--

\restrict pcfISjV4jKnVijUxEbaWYWS3ddJgaSGEhzYBGqeTJQwwwzu4tRz9t3Dhzy39T0l

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
-- Name: flag; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.flag AS boolean;


ALTER DOMAIN public.flag OWNER TO postgres;

--
-- Name: nonempty; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.nonempty AS text
	CONSTRAINT nonempty_check CHECK ((VALUE <> ''::text));


ALTER DOMAIN public.nonempty OWNER TO postgres;

--
-- Name: payload; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.payload AS jsonb;


ALTER DOMAIN public.payload OWNER TO postgres;

--
-- Name: positive; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.positive AS integer
	CONSTRAINT positive_check CHECK ((VALUE > 0));


ALTER DOMAIN public.positive OWNER TO postgres;

--
-- Name: tsv_required; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.tsv_required AS tsvector NOT NULL;


ALTER DOMAIN public.tsv_required OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: defaults_demo; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.defaults_demo (
    id integer NOT NULL,
    c_now timestamp with time zone DEFAULT now(),
    c_current_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    c_current_ts3 timestamp(3) without time zone DEFAULT CURRENT_TIMESTAMP(3),
    c_localts timestamp without time zone DEFAULT LOCALTIMESTAMP,
    c_current_date date DEFAULT CURRENT_DATE,
    c_current_time time with time zone DEFAULT CURRENT_TIME,
    c_clock timestamp with time zone DEFAULT clock_timestamp(),
    c_stmt timestamp with time zone DEFAULT statement_timestamp(),
    c_text text DEFAULT 'text'::text,
    c_empty text DEFAULT ''::text,
    c_quote text DEFAULT 'it''s'::text,
    c_escape text DEFAULT 'tab	here'::text,
    c_varchar character varying(20) DEFAULT 'pending'::character varying,
    c_char character(3) DEFAULT 'abc'::bpchar,
    c_zero integer DEFAULT 0,
    c_minus_one integer DEFAULT '-1'::integer,
    c_neg_paren integer DEFAULT '-5'::integer,
    c_big bigint DEFAULT '9000000000'::bigint,
    c_small smallint DEFAULT 7,
    c_numeric numeric DEFAULT 1.5,
    c_numeric_neg numeric(8,3) DEFAULT '-0.125'::numeric,
    c_float double precision DEFAULT '2500'::numeric,
    c_real real DEFAULT 0.1,
    c_true boolean DEFAULT true,
    c_false boolean DEFAULT false,
    c_null text,
    c_int_array integer[] DEFAULT '{}'::integer[],
    c_int_array2 integer[] DEFAULT '{1,2,3}'::integer[],
    c_text_array text[] DEFAULT ARRAY[]::text[],
    c_text_array2 text[] DEFAULT ARRAY['a'::text, 'b'::text],
    c_uuid uuid DEFAULT gen_random_uuid(),
    c_interval interval DEFAULT '1 day'::interval,
    c_interval2 interval DEFAULT '01:30:00'::interval,
    c_jsonb jsonb DEFAULT '{}'::jsonb,
    c_jsonb2 jsonb DEFAULT '{"a": [1, 2], "b": null}'::jsonb,
    c_json json DEFAULT '[]'::json,
    c_expr timestamp with time zone DEFAULT (now() + '01:00:00'::interval),
    c_expr2 date DEFAULT (CURRENT_DATE + 30),
    c_lower text DEFAULT lower('X'::text),
    c_concat text DEFAULT ('a'::text || 'b'::text),
    c_user name DEFAULT CURRENT_USER,
    c_session_user text DEFAULT SESSION_USER,
    c_cast integer DEFAULT 42,
    c_cast_fn numeric(6,2) DEFAULT 3.14159::numeric(6,2),
    c_inet inet DEFAULT '127.0.0.1'::inet,
    c_bytea bytea DEFAULT '\xdeadbeef'::bytea,
    c_date date DEFAULT '2024-01-01'::date,
    c_ts_lit timestamp without time zone DEFAULT '2024-01-01 12:00:00'::timestamp without time zone,
    c_tstz_inf timestamp with time zone DEFAULT 'infinity'::timestamp with time zone,
    c_point point DEFAULT point((0)::double precision, (0)::double precision),
    c_range int4range DEFAULT '[1,10)'::int4range,
    c_bit bit(4) DEFAULT '1010'::"bit",
    c_money money DEFAULT 0,
    c_random double precision DEFAULT random(),
    c_md5 text DEFAULT md5((random())::text),
    c_case integer DEFAULT 
CASE
    WHEN (random() > (0.5)::double precision) THEN 1
    ELSE 0
END,
    c_coalesce text DEFAULT COALESCE(current_setting('app.user'::text, true), 'anon'::text)
);


ALTER TABLE public.defaults_demo OWNER TO postgres;

--
-- Name: defaults_demo_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.defaults_demo_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.defaults_demo_id_seq OWNER TO postgres;

--
-- Name: defaults_demo_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.defaults_demo_id_seq OWNED BY public.defaults_demo.id;


--
-- Name: null_defaults; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.null_defaults (
    a character varying(255) DEFAULT NULL::character varying,
    b numeric(10,2) DEFAULT NULL::numeric,
    c timestamp(0) without time zone DEFAULT NULL::timestamp without time zone,
    d public.nonempty DEFAULT NULL::text,
    e integer,
    f text,
    g character varying(10)[] DEFAULT NULL::character varying[]
);


ALTER TABLE public.null_defaults OWNER TO postgres;

--
-- Name: search_defaults; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.search_defaults (
    a public.tsv_required DEFAULT ''::tsvector,
    b public.tsv_required DEFAULT '''.'''::tsvector,
    c tsvector DEFAULT '''a'' ''b'''::tsvector,
    d tsvector DEFAULT '''it''''s'' ''x'''::tsvector,
    e tsvector DEFAULT '''a'':1 ''b'':2,3A'::tsvector
);


ALTER TABLE public.search_defaults OWNER TO postgres;

--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    key text NOT NULL,
    value text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    updated timestamp with time zone DEFAULT now()
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: typed_defaults; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.typed_defaults (
    d public.positive DEFAULT 7,
    e public.flag DEFAULT true,
    f jsonb DEFAULT '{"a": 2, "b": 1, "aa": [1, {"y": "x\"q", "z": null}]}'::jsonb,
    g public.payload DEFAULT '{"k": true}'::jsonb,
    h jsonb DEFAULT '[]'::jsonb,
    j jsonb,
    CONSTRAINT typed_defaults_j_check CHECK ((j @> '{"x": 1}'::jsonb))
);


ALTER TABLE public.typed_defaults OWNER TO postgres;

--
-- Name: defaults_demo id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.defaults_demo ALTER COLUMN id SET DEFAULT nextval('public.defaults_demo_id_seq'::regclass);


--
-- Name: defaults_demo defaults_demo_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.defaults_demo
    ADD CONSTRAINT defaults_demo_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- PostgreSQL database dump complete
--

\unrestrict pcfISjV4jKnVijUxEbaWYWS3ddJgaSGEhzYBGqeTJQwwwzu4tRz9t3Dhzy39T0l

