--
-- PostgreSQL database dump
--

\restrict J6p6IuhDuxeOrNAN1MciEyU1k6iddZOfctYKkoKT001nFzlHQ7qkaP2BPCiuBj0

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
-- Name: animals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.animals (
    id bigint NOT NULL,
    name text DEFAULT 'x'::text NOT NULL,
    born date,
    CONSTRAINT animals_name_check CHECK ((name <> ''::text))
);


ALTER TABLE public.animals OWNER TO postgres;

--
-- Name: cats; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cats (
    lives integer DEFAULT 9
)
INHERITS (public.animals);


ALTER TABLE public.cats OWNER TO postgres;

--
-- Name: counters; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.counters (
    k integer NOT NULL
)
PARTITION BY RANGE (k);


ALTER TABLE public.counters OWNER TO postgres;

--
-- Name: counters_high; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.counters_high (
    k integer NOT NULL
);


ALTER TABLE public.counters_high OWNER TO postgres;

--
-- Name: counters_low; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.counters_low (
    k integer NOT NULL
);


ALTER TABLE public.counters_low OWNER TO postgres;

--
-- Name: customers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customers (
    id bigint NOT NULL
);


ALTER TABLE public.customers OWNER TO postgres;

--
-- Name: dogs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dogs (
    name text DEFAULT 'rex'::text,
    good boolean
)
INHERITS (public.animals);


ALTER TABLE public.dogs OWNER TO postgres;

--
-- Name: hashed; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashed (
    id integer NOT NULL
)
PARTITION BY HASH (id);


ALTER TABLE public.hashed OWNER TO postgres;

--
-- Name: hashed0; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashed0 (
    id integer NOT NULL
);


ALTER TABLE public.hashed0 OWNER TO postgres;

--
-- Name: hashed1; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashed1 (
    id integer NOT NULL
);


ALTER TABLE public.hashed1 OWNER TO postgres;

--
-- Name: hot; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hot (
    id bigint
)
WITH (fillfactor='70');


ALTER TABLE public.hot OWNER TO postgres;

--
-- Name: payments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payments (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    CONSTRAINT payments_amount_check CHECK ((amount >= (0)::numeric))
)
PARTITION BY RANGE (paid_at);


ALTER TABLE public.payments OWNER TO postgres;

--
-- Name: payments_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payments_2024 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    CONSTRAINT payments_amount_check CHECK ((amount >= (0)::numeric))
);


ALTER TABLE public.payments_2024 OWNER TO postgres;

--
-- Name: TABLE payments_2024; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.payments_2024 IS 'closed year';


--
-- Name: payments_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payments_2025 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(10,2) DEFAULT 0 NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    CONSTRAINT payments_amount_check CHECK ((amount >= (0)::numeric))
);


ALTER TABLE public.payments_2025 OWNER TO postgres;

--
-- Name: payments_other; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payments_other (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    CONSTRAINT payments_amount_check CHECK ((amount >= (0)::numeric))
);


ALTER TABLE public.payments_other OWNER TO postgres;

--
-- Name: regional; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.regional (
    id integer,
    ts date,
    region text,
    CONSTRAINT regional_id_check CHECK ((id > 0))
)
PARTITION BY RANGE (ts);


ALTER TABLE public.regional OWNER TO postgres;

--
-- Name: regional_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.regional_2024 (
    id integer,
    ts date,
    region text,
    CONSTRAINT regional_id_check CHECK ((id > 0))
)
PARTITION BY LIST (region);


ALTER TABLE public.regional_2024 OWNER TO postgres;

--
-- Name: regional_2024_eu; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.regional_2024_eu (
    id integer,
    ts date,
    region text,
    CONSTRAINT regional_id_check CHECK ((id > 0))
);


ALTER TABLE public.regional_2024_eu OWNER TO postgres;

--
-- Name: tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags (
    name text NOT NULL,
    kind integer NOT NULL
)
PARTITION BY LIST (lower(name));


ALTER TABLE public.tags OWNER TO postgres;

--
-- Name: tags_ab; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags_ab (
    name text NOT NULL,
    kind integer NOT NULL
)
PARTITION BY HASH (kind);


ALTER TABLE public.tags_ab OWNER TO postgres;

--
-- Name: tags_ab_0; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags_ab_0 (
    name text NOT NULL,
    kind integer NOT NULL
);


ALTER TABLE public.tags_ab_0 OWNER TO postgres;

--
-- Name: tags_ab_1; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags_ab_1 (
    name text NOT NULL,
    kind integer NOT NULL
);


ALTER TABLE public.tags_ab_1 OWNER TO postgres;

--
-- Name: counters_high; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.counters ATTACH PARTITION public.counters_high FOR VALUES FROM (100) TO (MAXVALUE);


--
-- Name: counters_low; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.counters ATTACH PARTITION public.counters_low FOR VALUES FROM (MINVALUE) TO (100);


--
-- Name: hashed0; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashed ATTACH PARTITION public.hashed0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: hashed1; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashed ATTACH PARTITION public.hashed1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- Name: payments_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments ATTACH PARTITION public.payments_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');


--
-- Name: payments_2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments ATTACH PARTITION public.payments_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


--
-- Name: payments_other; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments ATTACH PARTITION public.payments_other DEFAULT;


--
-- Name: regional_2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.regional ATTACH PARTITION public.regional_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: regional_2024_eu; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.regional_2024 ATTACH PARTITION public.regional_2024_eu FOR VALUES IN ('eu');


--
-- Name: tags_ab; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags ATTACH PARTITION public.tags_ab FOR VALUES IN ('a', 'b');


--
-- Name: tags_ab_0; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags_ab ATTACH PARTITION public.tags_ab_0 FOR VALUES WITH (modulus 2, remainder 0);


--
-- Name: tags_ab_1; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags_ab ATTACH PARTITION public.tags_ab_1 FOR VALUES WITH (modulus 2, remainder 1);


--
-- Name: cats name; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cats ALTER COLUMN name SET DEFAULT 'x'::text;


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: hashed hashed_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashed
    ADD CONSTRAINT hashed_pkey PRIMARY KEY (id);


--
-- Name: hashed0 hashed0_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashed0
    ADD CONSTRAINT hashed0_pkey PRIMARY KEY (id);


--
-- Name: hashed1 hashed1_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashed1
    ADD CONSTRAINT hashed1_pkey PRIMARY KEY (id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id, paid_at);


--
-- Name: payments_2024 payments_2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments_2024
    ADD CONSTRAINT payments_2024_pkey PRIMARY KEY (id, paid_at);


--
-- Name: payments_2025 payments_2025_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments_2025
    ADD CONSTRAINT payments_2025_pkey PRIMARY KEY (id, paid_at);


--
-- Name: payments_other payments_other_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payments_other
    ADD CONSTRAINT payments_other_pkey PRIMARY KEY (id, paid_at);


--
-- Name: payments_customer_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX payments_customer_id_idx ON ONLY public.payments USING btree (customer_id);


--
-- Name: payments_2024_customer_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX payments_2024_customer_id_idx ON public.payments_2024 USING btree (customer_id);


--
-- Name: payments_2025_customer_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX payments_2025_customer_id_idx ON public.payments_2025 USING btree (customer_id);


--
-- Name: payments_other_customer_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX payments_other_customer_id_idx ON public.payments_other USING btree (customer_id);


--
-- Name: hashed0_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.hashed_pkey ATTACH PARTITION public.hashed0_pkey;


--
-- Name: hashed1_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.hashed_pkey ATTACH PARTITION public.hashed1_pkey;


--
-- Name: payments_2024_customer_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_customer_id_idx ATTACH PARTITION public.payments_2024_customer_id_idx;


--
-- Name: payments_2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_pkey ATTACH PARTITION public.payments_2024_pkey;


--
-- Name: payments_2025_customer_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_customer_id_idx ATTACH PARTITION public.payments_2025_customer_id_idx;


--
-- Name: payments_2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_pkey ATTACH PARTITION public.payments_2025_pkey;


--
-- Name: payments_other_customer_id_idx; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_customer_id_idx ATTACH PARTITION public.payments_other_customer_id_idx;


--
-- Name: payments_other_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.payments_pkey ATTACH PARTITION public.payments_other_pkey;


--
-- Name: payments payments_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE public.payments
    ADD CONSTRAINT payments_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict J6p6IuhDuxeOrNAN1MciEyU1k6iddZOfctYKkoKT001nFzlHQ7qkaP2BPCiuBj0

