--
-- PostgreSQL database dump
--

\restrict Jg1jddi0bOTQt3Js07W6Y8SMwoO52aHlpMMVGqtNkSGbbitUG3hfV6gjw7bzriM

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
-- Name: posts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.posts (
    id bigint NOT NULL,
    tags text,
    title text
);


ALTER TABLE public.posts OWNER TO postgres;

--
-- Name: posts posts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.posts
    ADD CONSTRAINT posts_pkey PRIMARY KEY (id);


--
-- Name: posts_tags; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX posts_tags ON public.posts USING gin (string_to_array(tags, ' '::text));
ALTER INDEX public.posts_tags ALTER COLUMN 1 SET STATISTICS 3000;


--
-- Name: posts_title; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX posts_title ON public.posts USING btree (lower(title), id);


--
-- PostgreSQL database dump complete
--

\unrestrict Jg1jddi0bOTQt3Js07W6Y8SMwoO52aHlpMMVGqtNkSGbbitUG3hfV6gjw7bzriM

