--
-- PostgreSQL database dump
--

\restrict zjcCZIfjR1CrqwCZIvLqNWPXANOEFvOy2RTmoYwSPyxhfObaIx8BcVeVnGrL9nU

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
-- Name: add(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$select a + b$$;


ALTER FUNCTION public.add(a integer, b integer) OWNER TO postgres;

--
-- Name: FUNCTION add(a integer, b integer); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.add(a integer, b integer) IS 'Adds two numbers';


--
-- Name: balance_of(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.balance_of(account integer) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ select balance from accounts where id = account $$;


ALTER FUNCTION public.balance_of(account integer) OWNER TO postgres;

--
-- Name: close_account(integer, text); Type: PROCEDURE; Schema: public; Owner: postgres
--

CREATE PROCEDURE public.close_account(IN account integer, IN reason text DEFAULT NULL::text)
    LANGUAGE plpgsql
    AS $$
begin
    update accounts set status = 'closed' where id = account;
end
$$;


ALTER PROCEDURE public.close_account(IN account integer, IN reason text) OWNER TO postgres;

--
-- Name: PROCEDURE close_account(IN account integer, IN reason text); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON PROCEDURE public.close_account(IN account integer, IN reason text) IS 'Closes an account';


--
-- Name: log_change(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
begin
    insert into ledger (account_id, amount) values (new.id, new.balance - old.balance);
    return new;
end
$$;


ALTER FUNCTION public.log_change() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts (
    id integer NOT NULL,
    owner text NOT NULL,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    status character varying(10) DEFAULT 'open'::character varying NOT NULL,
    updated_at timestamp with time zone
);


ALTER TABLE public.accounts OWNER TO postgres;

--
-- Name: open_accounts(numeric); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.open_accounts(min_balance numeric DEFAULT 0) RETURNS SETOF public.accounts
    LANGUAGE sql STABLE
    AS $$
    select * from accounts where status = 'open' and balance >= min_balance
$$;


ALTER FUNCTION public.open_accounts(min_balance numeric) OWNER TO postgres;

--
-- Name: split_name(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.split_name(full_name text, OUT first text, OUT last text) RETURNS record
    LANGUAGE plpgsql IMMUTABLE COST 10 PARALLEL SAFE
    AS $$
begin
    first := split_part(full_name, ' ', 1);
    last := substr(full_name, length(first) + 2);
end
$$;


ALTER FUNCTION public.split_name(full_name text, OUT first text, OUT last text) OWNER TO postgres;

--
-- Name: statement(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.statement(account integer) RETURNS TABLE(at timestamp with time zone, amount numeric)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ select at, amount from ledger where account_id = account order by at $$;


ALTER FUNCTION public.statement(account integer) OWNER TO postgres;

--
-- Name: touch(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    new.updated_at := now();
    return new;
end;
$$;


ALTER FUNCTION public.touch() OWNER TO postgres;

--
-- Name: typmod_out(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.typmod_out(OUT o numeric) RETURNS numeric
    LANGUAGE sql
    AS $$select 1.0$$;


ALTER FUNCTION public.typmod_out(OUT o numeric) OWNER TO postgres;

--
-- Name: typmod_proc(numeric); Type: PROCEDURE; Schema: public; Owner: postgres
--

CREATE PROCEDURE public.typmod_proc(IN numeric)
    LANGUAGE sql
    AS $$select 1$$;


ALTER PROCEDURE public.typmod_proc(IN numeric) OWNER TO postgres;

--
-- Name: typmod_result(character varying); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.typmod_result(a character varying) RETURNS character varying
    LANGUAGE sql
    AS $$select a$$;


ALTER FUNCTION public.typmod_result(a character varying) OWNER TO postgres;

--
-- Name: typmods(character, character[], bit, character varying, numeric, interval); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.typmods(a character, b character[], c bit, d character varying, e numeric, i interval) RETURNS TABLE(x character, y bit)
    LANGUAGE sql
    AS $$select null::char, null::bit$$;


ALTER FUNCTION public.typmods(a character, b character[], c bit, d character varying, e numeric, i interval) OWNER TO postgres;

--
-- Name: accounts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.accounts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.accounts_id_seq OWNER TO postgres;

--
-- Name: accounts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;


--
-- Name: ledger; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ledger (
    id bigint NOT NULL,
    account_id integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.ledger OWNER TO postgres;

--
-- Name: ledger_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.ledger ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ledger_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);


--
-- Name: ledger ledger_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ledger
    ADD CONSTRAINT ledger_pkey PRIMARY KEY (id);


--
-- Name: accounts accounts_balance; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_balance AFTER UPDATE OF balance ON public.accounts FOR EACH ROW WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION public.log_change();


--
-- Name: accounts accounts_status; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_status AFTER UPDATE ON public.accounts FOR EACH ROW WHEN ((((new.status)::text <> (old.status)::text) AND ((new.status)::text = 'closed'::text))) EXECUTE FUNCTION public.log_change();


--
-- Name: accounts accounts_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.touch();


--
-- Name: TRIGGER accounts_touch ON accounts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TRIGGER accounts_touch ON public.accounts IS 'keeps updated_at current';


--
-- Name: ledger ledger_stmt; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ledger_stmt AFTER INSERT OR DELETE ON public.ledger FOR EACH STATEMENT EXECUTE FUNCTION public.touch();

ALTER TABLE public.ledger DISABLE TRIGGER ledger_stmt;


--
-- Name: ledger ledger_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ledger
    ADD CONSTRAINT ledger_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id);


--
-- PostgreSQL database dump complete
--

\unrestrict zjcCZIfjR1CrqwCZIvLqNWPXANOEFvOy2RTmoYwSPyxhfObaIx8BcVeVnGrL9nU

