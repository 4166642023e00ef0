--
-- PostgreSQL database dump
--

\restrict 6ku76sILjtIOzy8YghzLOuz3NCAFT40jbzrGCf8pKFw2fFQf5VoXZxRZclDtn65

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
-- Name: Reporting; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "Reporting";


ALTER SCHEMA "Reporting" OWNER TO postgres;

--
-- Name: sales; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO postgres;

--
-- Name: user; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "user";


ALTER SCHEMA "user" OWNER TO postgres;

--
-- Name: Status; Type: TYPE; Schema: sales; Owner: postgres
--

CREATE TYPE sales."Status" AS ENUM (
    'New',
    'Done'
);


ALTER TYPE sales."Status" OWNER TO postgres;

--
-- Name: kind; Type: TYPE; Schema: user; Owner: postgres
--

CREATE TYPE "user".kind AS ENUM (
    'a',
    'b'
);


ALTER TYPE "user".kind OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.customers (
    id integer NOT NULL,
    "Name" text NOT NULL,
    "e-mail" character varying(200),
    "order" integer,
    "user" text,
    "from" date,
    "to" date,
    "select" boolean DEFAULT false,
    "check" text,
    value numeric,
    type text,
    "limit" integer DEFAULT 10,
    camelcase integer,
    "CamelCase" integer,
    CONSTRAINT customers_check CHECK (("from" <= "to"))
);


ALTER TABLE sales.customers OWNER TO postgres;

--
-- Name: order; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales."order" (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    "group" text,
    "desc" text,
    "Total" numeric(12,2),
    status sales."Status" DEFAULT 'New'::sales."Status",
    CONSTRAINT "Order_Group_Check" CHECK (("group" <> ''::text)),
    CONSTRAINT "order_Total_check" CHECK (("Total" >= (0)::numeric))
);


ALTER TABLE sales."order" OWNER TO postgres;

--
-- Name: Customer Orders; Type: VIEW; Schema: Reporting; Owner: postgres
--

CREATE VIEW "Reporting"."Customer Orders" AS
 SELECT c."Name",
    o.id AS "order",
    o."Total",
    c."user"
   FROM (sales.customers c
     JOIN sales."order" o ON ((o.customer_id = c.id)));


ALTER TABLE "Reporting"."Customer Orders" OWNER TO postgres;

--
-- Name: MonthlyTotals; Type: TABLE; Schema: Reporting; Owner: postgres
--

CREATE TABLE "Reporting"."MonthlyTotals" (
    "Month" date NOT NULL,
    "CustomerId" integer NOT NULL,
    "Amount" numeric
);


ALTER TABLE "Reporting"."MonthlyTotals" OWNER TO postgres;

--
-- Name: Report_Seq; Type: SEQUENCE; Schema: Reporting; Owner: postgres
--

CREATE SEQUENCE "Reporting"."Report_Seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE "Reporting"."Report_Seq" OWNER TO postgres;

--
-- Name: lower_case_table; Type: TABLE; Schema: Reporting; Owner: postgres
--

CREATE TABLE "Reporting".lower_case_table (
    "ID" integer NOT NULL,
    x integer
);


ALTER TABLE "Reporting".lower_case_table OWNER TO postgres;

--
-- Name: Mixed Case Table; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Mixed Case Table" (
    "Id" integer NOT NULL,
    "has space" text,
    "quote""in" text,
    "ünïcode" text,
    "123start" integer,
    _underscore integer,
    "$dollar" integer
);


ALTER TABLE public."Mixed Case Table" OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: sales; Owner: postgres
--

CREATE SEQUENCE sales.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE sales.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: sales; Owner: postgres
--

ALTER SEQUENCE sales.customers_id_seq OWNED BY sales.customers.id;


--
-- Name: order_id_seq; Type: SEQUENCE; Schema: sales; Owner: postgres
--

CREATE SEQUENCE sales.order_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE sales.order_id_seq OWNER TO postgres;

--
-- Name: order_id_seq; Type: SEQUENCE OWNED BY; Schema: sales; Owner: postgres
--

ALTER SEQUENCE sales.order_id_seq OWNED BY sales."order".id;


--
-- Name: user; Type: TABLE; Schema: user; Owner: postgres
--

CREATE TABLE "user"."user" (
    "user" text NOT NULL,
    "table" text NOT NULL,
    "column" text,
    "primary" boolean
);


ALTER TABLE "user"."user" OWNER TO postgres;

--
-- Name: v; Type: VIEW; Schema: user; Owner: postgres
--

CREATE VIEW "user".v AS
 SELECT "user"."user",
    "user"."table"
   FROM "user"."user";


ALTER TABLE "user".v OWNER TO postgres;

--
-- Name: customers id; Type: DEFAULT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.customers ALTER COLUMN id SET DEFAULT nextval('sales.customers_id_seq'::regclass);


--
-- Name: order id; Type: DEFAULT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales."order" ALTER COLUMN id SET DEFAULT nextval('sales.order_id_seq'::regclass);


--
-- Name: MonthlyTotals MonthlyTotals_pkey; Type: CONSTRAINT; Schema: Reporting; Owner: postgres
--

ALTER TABLE ONLY "Reporting"."MonthlyTotals"
    ADD CONSTRAINT "MonthlyTotals_pkey" PRIMARY KEY ("Month", "CustomerId");


--
-- Name: lower_case_table lower_case_table_pkey; Type: CONSTRAINT; Schema: Reporting; Owner: postgres
--

ALTER TABLE ONLY "Reporting".lower_case_table
    ADD CONSTRAINT lower_case_table_pkey PRIMARY KEY ("ID");


--
-- Name: Mixed Case Table Mixed Case Table_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Mixed Case Table"
    ADD CONSTRAINT "Mixed Case Table_pkey" PRIMARY KEY ("Id");


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: order order_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales."order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: user; Owner: postgres
--

ALTER TABLE ONLY "user"."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY ("user");


--
-- Name: Mixed Case Table_has space_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "Mixed Case Table_has space_idx" ON public."Mixed Case Table" USING btree ("has space");


--
-- Name: Idx_Order_Group; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX "Idx_Order_Group" ON sales."order" USING btree ("group");


--
-- Name: order_desc_group_idx; Type: INDEX; Schema: sales; Owner: postgres
--

CREATE INDEX order_desc_group_idx ON sales."order" USING btree ("desc", "group");


--
-- Name: user_lower_idx; Type: INDEX; Schema: user; Owner: postgres
--

CREATE UNIQUE INDEX user_lower_idx ON "user"."user" USING btree (lower("table"));


--
-- Name: MonthlyTotals MonthlyTotals_CustomerId_fkey; Type: FK CONSTRAINT; Schema: Reporting; Owner: postgres
--

ALTER TABLE ONLY "Reporting"."MonthlyTotals"
    ADD CONSTRAINT "MonthlyTotals_CustomerId_fkey" FOREIGN KEY ("CustomerId") REFERENCES sales.customers(id);


--
-- Name: order order_customer_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales."order"
    ADD CONSTRAINT order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 6ku76sILjtIOzy8YghzLOuz3NCAFT40jbzrGCf8pKFw2fFQf5VoXZxRZclDtn65

