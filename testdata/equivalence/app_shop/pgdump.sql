--
-- PostgreSQL database dump
--

\restrict XvNDIHpY2d6hpwaIb10Chj3o9mEnq92kLslLEGAGMC4Yyu1lKcVPpnqkAwozwYE

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
-- Name: SCHEMA shop; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA shop IS 'Storefront';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: address_kind; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.address_kind AS ENUM (
    'billing',
    'shipping'
);


ALTER TYPE shop.address_kind OWNER TO postgres;

--
-- Name: order_status; Type: TYPE; Schema: shop; Owner: postgres
--

CREATE TYPE shop.order_status AS ENUM (
    'cart',
    'placed',
    'paid',
    'shipped',
    'cancelled'
);


ALTER TYPE shop.order_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: addresses; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.addresses (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    kind shop.address_kind DEFAULT 'shipping'::shop.address_kind NOT NULL,
    line1 character varying(200) NOT NULL,
    line2 character varying(200),
    city character varying(100) NOT NULL,
    postcode character varying(16) NOT NULL,
    country character(2) NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    CONSTRAINT addresses_country_check CHECK (((country)::text = upper((country)::text)))
);


ALTER TABLE shop.addresses OWNER TO postgres;

--
-- Name: addresses_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.addresses_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.addresses_id_seq OWNER TO postgres;

--
-- Name: addresses_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.addresses_id_seq OWNED BY shop.addresses.id;


--
-- Name: categories; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.categories (
    id integer NOT NULL,
    parent_id integer,
    slug character varying(80) NOT NULL,
    name text NOT NULL,
    "position" smallint DEFAULT 0 NOT NULL,
    CONSTRAINT categories_slug_check CHECK (((slug)::text ~ '^[a-z0-9-]+$'::text))
);


ALTER TABLE shop.categories OWNER TO postgres;

--
-- Name: categories_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.categories_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.categories_id_seq OWNER TO postgres;

--
-- Name: categories_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.categories_id_seq OWNED BY shop.categories.id;


--
-- Name: customers; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.customers (
    id bigint NOT NULL,
    public_id uuid DEFAULT gen_random_uuid() NOT NULL,
    email public.citext NOT NULL,
    full_name character varying(120) NOT NULL,
    phone character varying(32),
    marketing_ok boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone,
    CONSTRAINT customers_full_name_check CHECK ((char_length((full_name)::text) > 0))
);


ALTER TABLE shop.customers OWNER TO postgres;

--
-- Name: TABLE customers; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.customers IS 'Registered shoppers';


--
-- Name: COLUMN customers.public_id; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.customers.public_id IS 'Exposed in URLs instead of id';


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.customers_id_seq OWNER TO postgres;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;


--
-- Name: inventory; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.inventory (
    product_id integer NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    reserved integer DEFAULT 0 NOT NULL,
    CONSTRAINT inventory_check CHECK ((reserved <= on_hand)),
    CONSTRAINT inventory_on_hand_check CHECK ((on_hand >= 0)),
    CONSTRAINT inventory_reserved_check CHECK ((reserved >= 0))
);


ALTER TABLE shop.inventory OWNER TO postgres;

--
-- Name: order_number_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.order_number_seq
    START WITH 100000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 10;


ALTER TABLE shop.order_number_seq OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    number bigint DEFAULT nextval('shop.order_number_seq'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    billing_id integer,
    shipping_id integer,
    status shop.order_status DEFAULT 'cart'::shop.order_status NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    note text,
    placed_at timestamp with time zone,
    expires_at timestamp with time zone DEFAULT (now() + '02:00:00'::interval),
    CONSTRAINT orders_check CHECK (((status = 'cart'::shop.order_status) OR (placed_at IS NOT NULL)))
);


ALTER TABLE shop.orders OWNER TO postgres;

--
-- Name: open_orders; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.open_orders AS
 SELECT o.number,
    c.email,
    o.status,
    o.total,
    o.placed_at
   FROM (shop.orders o
     JOIN shop.customers c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['placed'::shop.order_status, 'paid'::shop.order_status]));


ALTER TABLE shop.open_orders OWNER TO postgres;

--
-- Name: VIEW open_orders; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON VIEW shop.open_orders IS 'Orders that still need work';


--
-- Name: order_lines; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.order_lines (
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount numeric(5,2) DEFAULT 0.00 NOT NULL,
    CONSTRAINT order_lines_quantity_check CHECK (((quantity >= 1) AND (quantity <= 999)))
);


ALTER TABLE shop.order_lines OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: payments; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.payments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    order_id bigint NOT NULL,
    provider character varying(20) NOT NULL,
    amount numeric(12,2) NOT NULL,
    reference text,
    raw json,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payments_amount_check CHECK ((amount <> (0)::numeric)),
    CONSTRAINT payments_provider_check CHECK (((provider)::text = ANY ((ARRAY['card'::character varying, 'paypal'::character varying, 'invoice'::character varying])::text[])))
);


ALTER TABLE shop.payments OWNER TO postgres;

--
-- Name: products; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.products (
    id integer NOT NULL,
    sku character varying(32) NOT NULL,
    category_id integer,
    title character varying(200) NOT NULL,
    description text DEFAULT ''::text,
    price numeric(10,2) NOT NULL,
    compare_at numeric(10,2),
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    weight_kg real,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    tags text[] DEFAULT ARRAY[]::text[] NOT NULL,
    active boolean DEFAULT true,
    created_at timestamp(0) with time zone DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT compare_above_price CHECK (((compare_at IS NULL) OR (compare_at > price))),
    CONSTRAINT products_currency_check CHECK ((currency = ANY (ARRAY['EUR'::bpchar, 'USD'::bpchar, 'GBP'::bpchar]))),
    CONSTRAINT products_price_check CHECK ((price > (0)::numeric))
);


ALTER TABLE shop.products OWNER TO postgres;

--
-- Name: reviews; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.reviews (
    id integer NOT NULL,
    product_id integer NOT NULL,
    customer_id bigint,
    rating smallint NOT NULL,
    body text,
    created_at timestamp with time zone DEFAULT now(),
    CONSTRAINT reviews_body_check CHECK ((length(body) <= 5000)),
    CONSTRAINT reviews_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);


ALTER TABLE shop.reviews OWNER TO postgres;

--
-- Name: product_ratings; Type: VIEW; Schema: shop; Owner: postgres
--

CREATE VIEW shop.product_ratings AS
 SELECT p.id,
    p.sku,
    p.title,
    count(r.id) AS reviews,
    round(avg(r.rating), 2) AS avg_rating
   FROM (shop.products p
     LEFT JOIN shop.reviews r ON ((r.product_id = p.id)))
  WHERE p.active
  GROUP BY p.id, p.sku, p.title;


ALTER TABLE shop.product_ratings OWNER TO postgres;

--
-- Name: products_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.products_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.products_id_seq OWNER TO postgres;

--
-- Name: products_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.products_id_seq OWNED BY shop.products.id;


--
-- Name: reviews_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

CREATE SEQUENCE shop.reviews_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE shop.reviews_id_seq OWNER TO postgres;

--
-- Name: reviews_id_seq; Type: SEQUENCE OWNED BY; Schema: shop; Owner: postgres
--

ALTER SEQUENCE shop.reviews_id_seq OWNED BY shop.reviews.id;


--
-- Name: addresses id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.addresses ALTER COLUMN id SET DEFAULT nextval('shop.addresses_id_seq'::regclass);


--
-- Name: categories id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.categories ALTER COLUMN id SET DEFAULT nextval('shop.categories_id_seq'::regclass);


--
-- Name: customers id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers ALTER COLUMN id SET DEFAULT nextval('shop.customers_id_seq'::regclass);


--
-- Name: products id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products ALTER COLUMN id SET DEFAULT nextval('shop.products_id_seq'::regclass);


--
-- Name: reviews id; Type: DEFAULT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.reviews ALTER COLUMN id SET DEFAULT nextval('shop.reviews_id_seq'::regclass);


--
-- Name: addresses addresses_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.addresses
    ADD CONSTRAINT addresses_pkey PRIMARY KEY (id);


--
-- Name: categories categories_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.categories
    ADD CONSTRAINT categories_pkey PRIMARY KEY (id);


--
-- Name: categories categories_slug_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.categories
    ADD CONSTRAINT categories_slug_key UNIQUE (slug);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: customers customers_public_id_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_public_id_key UNIQUE (public_id);


--
-- Name: inventory inventory_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.inventory
    ADD CONSTRAINT inventory_pkey PRIMARY KEY (product_id);


--
-- Name: order_lines order_lines_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);


--
-- Name: orders orders_number_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_number_key UNIQUE (number);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id);


--
-- Name: products products_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);


--
-- Name: products products_sku_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_sku_key UNIQUE (sku);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);


--
-- Name: reviews reviews_product_id_customer_id_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_product_id_customer_id_key UNIQUE (product_id, customer_id);


--
-- Name: addresses_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX addresses_customer_id_idx ON shop.addresses USING btree (customer_id);


--
-- Name: addresses_one_default; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX addresses_one_default ON shop.addresses USING btree (customer_id, kind) WHERE is_default;


--
-- Name: orders_customer_id_placed_at_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_customer_id_placed_at_idx ON shop.orders USING btree (customer_id, placed_at DESC NULLS LAST);


--
-- Name: orders_open; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_open ON shop.orders USING btree (status) WHERE (status <> ALL (ARRAY['shipped'::shop.order_status, 'cancelled'::shop.order_status]));


--
-- Name: payments_provider_reference_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX payments_provider_reference_idx ON shop.payments USING btree (provider, reference) WHERE (reference IS NOT NULL);


--
-- Name: products_category_id_price_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_category_id_price_idx ON shop.products USING btree (category_id) INCLUDE (price) WHERE active;


--
-- Name: products_lower_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_lower_idx ON shop.products USING btree (lower((title)::text) text_pattern_ops);


--
-- Name: products_tags_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_tags_idx ON shop.products USING gin (tags);


--
-- Name: products_title_search; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX products_title_search ON shop.products USING gin (to_tsvector('simple'::regconfig, (title)::text));


--
-- Name: addresses addresses_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.addresses
    ADD CONSTRAINT addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE CASCADE;


--
-- Name: categories categories_parent_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.categories
    ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES shop.categories(id) ON DELETE SET NULL;


--
-- Name: inventory inventory_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.inventory
    ADD CONSTRAINT inventory_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id) ON DELETE CASCADE;


--
-- Name: order_lines order_lines_order_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders(id) ON DELETE CASCADE;


--
-- Name: order_lines order_lines_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.order_lines
    ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id);


--
-- Name: orders orders_billing_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_billing_id_fkey FOREIGN KEY (billing_id) REFERENCES shop.addresses(id) ON DELETE SET NULL;


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE RESTRICT;


--
-- Name: orders orders_shipping_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_shipping_id_fkey FOREIGN KEY (shipping_id) REFERENCES shop.addresses(id) ON DELETE SET NULL;


--
-- Name: payments payments_order_fk; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.payments
    ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES shop.orders(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;


--
-- Name: products products_category_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_category_id_fkey FOREIGN KEY (category_id) REFERENCES shop.categories(id);


--
-- Name: reviews reviews_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id) ON DELETE SET NULL;


--
-- Name: reviews reviews_product_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.reviews
    ADD CONSTRAINT reviews_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict XvNDIHpY2d6hpwaIb10Chj3o9mEnq92kLslLEGAGMC4Yyu1lKcVPpnqkAwozwYE

