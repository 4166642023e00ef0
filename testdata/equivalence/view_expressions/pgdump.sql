--
-- PostgreSQL database dump
--

\restrict EFb8kEkA0e7QKRuGo0Hsavkn4Hm0dUKHgRLmm1hWnOPGzthKSBMSeUpwlMjfIAZ

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
-- Name: t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.t (
    id integer NOT NULL,
    a integer,
    b text,
    c numeric(10,2),
    d date,
    e jsonb,
    f integer[],
    g timestamp with time zone,
    h boolean
);


ALTER TABLE public.t OWNER TO postgres;

--
-- Name: u; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.u (
    id integer NOT NULL,
    t_id integer,
    x text
);


ALTER TABLE public.u OWNER TO postgres;

--
-- Name: v_abs; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_abs AS
 SELECT (@ t.a) AS ab
   FROM public.t;


ALTER TABLE public.v_abs OWNER TO postgres;

--
-- Name: v_anyarr; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_anyarr AS
 SELECT (5 = ANY (t.f)) AS has5
   FROM public.t;


ALTER TABLE public.v_anyarr OWNER TO postgres;

--
-- Name: v_arrsub; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_arrsub AS
 SELECT t.f[1] AS f1
   FROM public.t;


ALTER TABLE public.v_arrsub OWNER TO postgres;

--
-- Name: v_between; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_between AS
 SELECT t.id
   FROM public.t
  WHERE ((t.a >= 1) AND (t.a <= 10));


ALTER TABLE public.v_between OWNER TO postgres;

--
-- Name: v_case; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_case AS
 SELECT
        CASE
            WHEN (t.a > 0) THEN 'pos'::text
            ELSE 'zero'::text
        END AS sign
   FROM public.t;


ALTER TABLE public.v_case OWNER TO postgres;

--
-- Name: v_coalesce_num; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_coalesce_num AS
 SELECT (COALESCE(t.c, (0)::numeric) * (2)::numeric) AS c2
   FROM public.t;


ALTER TABLE public.v_coalesce_num OWNER TO postgres;

--
-- Name: v_coalesce_only; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_coalesce_only AS
 SELECT COALESCE(t.c, (0)::numeric) AS c2
   FROM public.t;


ALTER TABLE public.v_coalesce_only OWNER TO postgres;

--
-- Name: v_collate; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_collate AS
 SELECT (t.b COLLATE "C") AS bc
   FROM public.t;


ALTER TABLE public.v_collate OWNER TO postgres;

--
-- Name: v_concat; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_concat AS
 SELECT ((t.b || '-'::text) || (t.id)::text) AS label
   FROM public.t;


ALTER TABLE public.v_concat OWNER TO postgres;

--
-- Name: v_curts; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_curts AS
 SELECT CURRENT_TIMESTAMP AS "current_timestamp";


ALTER TABLE public.v_curts OWNER TO postgres;

--
-- Name: v_curuser; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_curuser AS
 SELECT CURRENT_USER AS "current_user";


ALTER TABLE public.v_curuser OWNER TO postgres;

--
-- Name: v_filteragg; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_filteragg AS
 SELECT count(*) FILTER (WHERE t.h) AS nh
   FROM public.t;


ALTER TABLE public.v_filteragg OWNER TO postgres;

--
-- Name: v_greatest; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_greatest AS
 SELECT GREATEST(t.a, 1) AS "greatest"
   FROM public.t;


ALTER TABLE public.v_greatest OWNER TO postgres;

--
-- Name: v_interval; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_interval AS
 SELECT ('01:00:00'::interval * (t.a)::double precision) AS iv
   FROM public.t;


ALTER TABLE public.v_interval OWNER TO postgres;

--
-- Name: v_interval_days; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_interval_days AS
 SELECT ((t.a)::double precision * '1 day'::interval) AS days,
    ('01:30:00'::interval / (2)::double precision) AS half
   FROM public.t;


ALTER TABLE public.v_interval_days OWNER TO postgres;

--
-- Name: v_jsonlit; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_jsonlit AS
 SELECT (t.e @> '{"a": 1}'::jsonb) AS contains
   FROM public.t;


ALTER TABLE public.v_jsonlit OWNER TO postgres;

--
-- Name: v_jsonop; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_jsonop AS
 SELECT (t.e ->> 'k'::text) AS k
   FROM public.t;


ALTER TABLE public.v_jsonop OWNER TO postgres;

--
-- Name: v_jsonpath; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_jsonpath AS
 SELECT (t.e #> '{a,b}'::text[]) AS ab
   FROM public.t;


ALTER TABLE public.v_jsonpath OWNER TO postgres;

--
-- Name: v_jsonq; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_jsonq AS
 SELECT (t.e ? 'k'::text) AS hask
   FROM public.t;


ALTER TABLE public.v_jsonq OWNER TO postgres;

--
-- Name: v_like; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_like AS
 SELECT t.id
   FROM public.t
  WHERE (t.b ~~ 'x%'::text);


ALTER TABLE public.v_like OWNER TO postgres;

--
-- Name: v_neg; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_neg AS
 SELECT (- t.a) AS neg
   FROM public.t;


ALTER TABLE public.v_neg OWNER TO postgres;

--
-- Name: v_notilike; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_notilike AS
 SELECT t.id
   FROM public.t
  WHERE (t.b !~~* '%y'::text);


ALTER TABLE public.v_notilike OWNER TO postgres;

--
-- Name: v_nullif; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_nullif AS
 SELECT NULLIF(t.a, 0) AS "nullif"
   FROM public.t;


ALTER TABLE public.v_nullif OWNER TO postgres;

--
-- Name: v_numtimesint; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_numtimesint AS
 SELECT (t.c * (2)::numeric) AS c2
   FROM public.t;


ALTER TABLE public.v_numtimesint OWNER TO postgres;

--
-- Name: v_pctcont; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_pctcont AS
 SELECT percentile_cont((0.5)::double precision) WITHIN GROUP (ORDER BY ((t.c)::double precision)) AS med
   FROM public.t;


ALTER TABLE public.v_pctcont OWNER TO postgres;

--
-- Name: v_position; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_position AS
 SELECT POSITION(('a'::text) IN (t.b)) AS "position"
   FROM public.t;


ALTER TABLE public.v_position OWNER TO postgres;

--
-- Name: v_pow; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_pow AS
 SELECT ((t.a)::double precision ^ (2)::double precision) AS p
   FROM public.t;


ALTER TABLE public.v_pow OWNER TO postgres;

--
-- Name: v_roundtrip; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_roundtrip AS
 SELECT ((t.a)::text)::integer AS roundtrip
   FROM public.t;


ALTER TABLE public.v_roundtrip OWNER TO postgres;

--
-- Name: v_stringagg; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_stringagg AS
 SELECT string_agg(t.b, ','::text ORDER BY t.b) AS bs
   FROM public.t;


ALTER TABLE public.v_stringagg OWNER TO postgres;

--
-- Name: v_substring; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_substring AS
 SELECT SUBSTRING(t.b FROM 2 FOR 3) AS "substring"
   FROM public.t;


ALTER TABLE public.v_substring OWNER TO postgres;

--
-- Name: v_tochar; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_tochar AS
 SELECT to_char((t.d)::timestamp with time zone, 'YYYY-MM'::text) AS ym
   FROM public.t;


ALTER TABLE public.v_tochar OWNER TO postgres;

--
-- Name: v_trim; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_trim AS
 SELECT TRIM(BOTH ' '::text FROM t.b) AS btrim
   FROM public.t;


ALTER TABLE public.v_trim OWNER TO postgres;

--
-- Name: t t_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);


--
-- Name: u u_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_pkey PRIMARY KEY (id);


--
-- Name: u u_t_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_t_id_fkey FOREIGN KEY (t_id) REFERENCES public.t(id);


--
-- PostgreSQL database dump complete
--

\unrestrict EFb8kEkA0e7QKRuGo0Hsavkn4Hm0dUKHgRLmm1hWnOPGzthKSBMSeUpwlMjfIAZ

