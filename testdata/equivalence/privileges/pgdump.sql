--
-- PostgreSQL database dump
--

\restrict eIyOy90M76J8LsB6KhfNuO4WRe4XaWEDGxCcCsvUj60u8zyDYNYZJeED8v4pl25

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
-- Name: app; Type: SCHEMA; Schema: -; Owner: app_owner
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO app_owner;

--
-- Name: money_cents; Type: DOMAIN; Schema: app; Owner: app_owner
--

CREATE DOMAIN app.money_cents AS bigint
	CONSTRAINT money_cents_check CHECK ((VALUE >= 0));


ALTER DOMAIN app.money_cents OWNER TO app_owner;

--
-- Name: status; Type: TYPE; Schema: app; Owner: app_owner
--

CREATE TYPE app.status AS ENUM (
    'new',
    'done'
);


ALTER TYPE app.status OWNER TO app_owner;

--
-- Name: place_order(text, bigint); Type: FUNCTION; Schema: app; Owner: app_owner
--

CREATE FUNCTION app.place_order(email text, cents bigint) RETURNS bigint
    LANGUAGE sql
    AS $$ insert into app.orders (total, customer_email) values (cents, email) returning id $$;


ALTER FUNCTION app.place_order(email text, cents bigint) OWNER TO app_owner;

--
-- Name: purge(); Type: PROCEDURE; Schema: app; Owner: postgres
--

CREATE PROCEDURE app.purge()
    LANGUAGE sql
    AS $$ delete from app.orders where status = 'done' $$;


ALTER PROCEDURE app.purge() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: app; Owner: app_owner
--

CREATE TABLE app.orders (
    id bigint NOT NULL,
    status app.status DEFAULT 'new'::app.status NOT NULL,
    total app.money_cents NOT NULL,
    customer_email text,
    internal_note text
);


ALTER TABLE app.orders OWNER TO app_owner;

--
-- Name: order_totals; Type: VIEW; Schema: app; Owner: app_owner
--

CREATE VIEW app.order_totals AS
 SELECT orders.status,
    sum((orders.total)::bigint) AS total
   FROM app.orders
  GROUP BY orders.status;


ALTER TABLE app.order_totals OWNER TO app_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: app_owner
--

CREATE SEQUENCE app.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE app.orders_id_seq OWNER TO app_owner;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: app_owner
--

ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;


--
-- Name: settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.settings (
    key text NOT NULL,
    value text
);


ALTER TABLE public.settings OWNER TO postgres;

--
-- Name: orders id; Type: DEFAULT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: app_owner
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: app_owner
--

GRANT USAGE ON SCHEMA app TO app_rw;
GRANT USAGE ON SCHEMA app TO app_ro;


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pg_database_owner
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO app_rw;


--
-- Name: TYPE status; Type: ACL; Schema: app; Owner: app_owner
--

REVOKE ALL ON TYPE app.status FROM PUBLIC;
GRANT ALL ON TYPE app.status TO app_rw;
GRANT ALL ON TYPE app.status TO app_ro;


--
-- Name: FUNCTION place_order(email text, cents bigint); Type: ACL; Schema: app; Owner: app_owner
--

REVOKE ALL ON FUNCTION app.place_order(email text, cents bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app.place_order(email text, cents bigint) TO app_rw;


--
-- Name: PROCEDURE purge(); Type: ACL; Schema: app; Owner: postgres
--

REVOKE ALL ON PROCEDURE app.purge() FROM PUBLIC;


--
-- Name: TABLE orders; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app.orders TO app_rw;
GRANT REFERENCES ON TABLE app.orders TO app_rw WITH GRANT OPTION;


--
-- Name: COLUMN orders.id; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(id) ON TABLE app.orders TO auditor;
GRANT SELECT(id) ON TABLE app.orders TO app_ro;


--
-- Name: COLUMN orders.status; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(status) ON TABLE app.orders TO auditor;
GRANT SELECT(status) ON TABLE app.orders TO app_ro;


--
-- Name: COLUMN orders.total; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(total) ON TABLE app.orders TO auditor;
GRANT SELECT(total) ON TABLE app.orders TO app_ro;


--
-- Name: COLUMN orders.customer_email; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT(customer_email) ON TABLE app.orders TO auditor;


--
-- Name: TABLE order_totals; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE app.order_totals TO app_rw;
GRANT SELECT ON TABLE app.order_totals TO app_ro;
GRANT SELECT ON TABLE app.order_totals TO reporting;


--
-- Name: SEQUENCE orders_id_seq; Type: ACL; Schema: app; Owner: app_owner
--

GRANT SELECT,USAGE ON SEQUENCE app.orders_id_seq TO app_rw;


--
-- Name: TABLE settings; Type: ACL; Schema: public; Owner: postgres
--

GRANT ALL ON TABLE public.settings TO app_rw;


--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: app; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT,USAGE ON SEQUENCES  TO app_rw;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: app_owner
--

ALTER DEFAULT PRIVILEGES FOR ROLE app_owner IN SCHEMA app GRANT SELECT ON TABLES  TO reporting;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT,INSERT,DELETE,UPDATE ON TABLES  TO app_rw;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES  TO app_ro;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict eIyOy90M76J8LsB6KhfNuO4WRe4XaWEDGxCcCsvUj60u8zyDYNYZJeED8v4pl25

