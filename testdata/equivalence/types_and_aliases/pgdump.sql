--
-- PostgreSQL database dump
--

\restrict CfIOd7i8RVVhe73IftBfb4YLbxSoXjEOBeZMGb9q0rYJ7ZDbbxBdUd1zg4G8W25

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
-- Name: arrays; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.arrays (
    id smallint NOT NULL,
    a_ints integer[],
    a_ints_kw integer[],
    a_ints_kw3 integer[],
    a_ints3 integer[],
    a_text2d text[],
    a_text2d_n text[],
    a_varchars character varying(20)[],
    a_numerics numeric(8,2)[],
    a_ts timestamp with time zone[],
    a_bools boolean[],
    a_uuids uuid[],
    a_jsonbs jsonb[],
    a_chars character(3)[],
    a_bigints bigint[],
    a_floats double precision[],
    a_times time(0) without time zone[],
    a_tstz3 timestamp(3) with time zone[],
    a_ranges int4range[],
    a_vc_kw character varying(10)[]
);


ALTER TABLE public.arrays OWNER TO postgres;

--
-- Name: arrays_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.arrays_id_seq
    AS smallint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.arrays_id_seq OWNER TO postgres;

--
-- Name: arrays_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.arrays_id_seq OWNED BY public.arrays.id;


--
-- Name: bits_and_bytes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bits_and_bytes (
    id integer NOT NULL,
    a_bit bit(1),
    a_bit8 bit(8),
    a_varbit bit varying,
    a_varbit16 bit varying(16),
    a_bitvar bit varying(32),
    a_bytea bytea,
    a_bool boolean,
    a_boolean boolean
);


ALTER TABLE public.bits_and_bytes OWNER TO postgres;

--
-- Name: bits_and_bytes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.bits_and_bytes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.bits_and_bytes_id_seq OWNER TO postgres;

--
-- Name: bits_and_bytes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.bits_and_bytes_id_seq OWNED BY public.bits_and_bytes.id;


--
-- Name: misc; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.misc (
    id bigint NOT NULL,
    a_uuid uuid,
    a_json json,
    a_jsonb jsonb,
    a_xml xml,
    a_inet inet,
    a_cidr cidr,
    a_macaddr macaddr,
    a_macaddr8 macaddr8,
    a_point point,
    a_box box,
    a_line line,
    a_circle circle,
    a_polygon polygon,
    a_tsvector tsvector,
    a_tsquery tsquery,
    a_int4range int4range,
    a_int8range int8range,
    a_numrange numrange,
    a_daterange daterange,
    a_tsrange tsrange,
    a_tstzrange tstzrange,
    a_intmulti int4multirange,
    a_oid oid,
    a_regclass regclass,
    a_pglsn pg_lsn
);


ALTER TABLE public.misc OWNER TO postgres;

--
-- Name: misc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.misc_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.misc_id_seq OWNER TO postgres;

--
-- Name: misc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.misc_id_seq OWNED BY public.misc.id;


--
-- Name: numbers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.numbers (
    id integer NOT NULL,
    a_int integer,
    a_int4 integer,
    a_integer integer,
    a_int2 smallint,
    a_smallint smallint,
    a_int8 bigint,
    a_bigint bigint,
    a_numeric numeric,
    a_num_p numeric(12,0),
    a_decimal numeric(10,2),
    a_dec_bare numeric,
    a_real real,
    a_float4 real,
    a_float8 double precision,
    a_float double precision,
    a_float24 real,
    a_float25 double precision,
    a_double double precision,
    a_money money
);


ALTER TABLE public.numbers OWNER TO postgres;

--
-- Name: numbers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.numbers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.numbers_id_seq OWNER TO postgres;

--
-- Name: numbers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.numbers_id_seq OWNED BY public.numbers.id;


--
-- Name: strings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.strings (
    id integer NOT NULL,
    a_char character(1),
    a_character character(1),
    a_char10 character(10),
    a_charact10 character(10),
    a_varchar character varying,
    a_varchar80 character varying(80),
    a_charvar character varying(255),
    a_charvar_nl character varying,
    a_text text,
    a_name name,
    a_qchar "char",
    a_bpchar bpchar
);


ALTER TABLE public.strings OWNER TO postgres;

--
-- Name: strings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.strings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.strings_id_seq OWNER TO postgres;

--
-- Name: strings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.strings_id_seq OWNED BY public.strings.id;


--
-- Name: times; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.times (
    id integer NOT NULL,
    a_date date,
    a_time time without time zone,
    a_time3 time(3) without time zone,
    a_timetz time with time zone,
    a_time_tz time with time zone,
    a_time_notz time without time zone,
    a_ts timestamp without time zone,
    a_ts3 timestamp(3) without time zone,
    a_ts_notz timestamp without time zone,
    a_tstz timestamp with time zone,
    a_tstz0 timestamp(0) with time zone,
    a_ts_tz timestamp(6) with time zone,
    a_interval interval,
    a_iv_d2s3 interval day to second(3),
    a_iv_y2m interval year to month,
    a_iv_hour interval hour,
    a_iv_m2s interval minute to second,
    a_iv_p interval(2)
);


ALTER TABLE public.times OWNER TO postgres;

--
-- Name: times_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.times_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.times_id_seq OWNER TO postgres;

--
-- Name: times_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.times_id_seq OWNED BY public.times.id;


--
-- Name: arrays id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.arrays ALTER COLUMN id SET DEFAULT nextval('public.arrays_id_seq'::regclass);


--
-- Name: bits_and_bytes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bits_and_bytes ALTER COLUMN id SET DEFAULT nextval('public.bits_and_bytes_id_seq'::regclass);


--
-- Name: misc id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.misc ALTER COLUMN id SET DEFAULT nextval('public.misc_id_seq'::regclass);


--
-- Name: numbers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.numbers ALTER COLUMN id SET DEFAULT nextval('public.numbers_id_seq'::regclass);


--
-- Name: strings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.strings ALTER COLUMN id SET DEFAULT nextval('public.strings_id_seq'::regclass);


--
-- Name: times id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.times ALTER COLUMN id SET DEFAULT nextval('public.times_id_seq'::regclass);


--
-- Name: arrays arrays_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.arrays
    ADD CONSTRAINT arrays_pkey PRIMARY KEY (id);


--
-- Name: bits_and_bytes bits_and_bytes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bits_and_bytes
    ADD CONSTRAINT bits_and_bytes_pkey PRIMARY KEY (id);


--
-- Name: misc misc_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.misc
    ADD CONSTRAINT misc_pkey PRIMARY KEY (id);


--
-- Name: numbers numbers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.numbers
    ADD CONSTRAINT numbers_pkey PRIMARY KEY (id);


--
-- Name: strings strings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.strings
    ADD CONSTRAINT strings_pkey PRIMARY KEY (id);


--
-- Name: times times_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.times
    ADD CONSTRAINT times_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict CfIOd7i8RVVhe73IftBfb4YLbxSoXjEOBeZMGb9q0rYJ7ZDbbxBdUd1zg4G8W25

