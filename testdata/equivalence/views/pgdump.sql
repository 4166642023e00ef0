--
-- PostgreSQL database dump
--

\restrict QaBOQDKaYm8NNFzxC1fILKVaT7rB6jTj4ONnIuIQ5TmBAPaaNoFtwddkC1RFbsX

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
-- Name: fn_projects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fn_projects (
    id integer NOT NULL,
    name text,
    client_id integer
);


ALTER TABLE public.fn_projects OWNER TO postgres;

--
-- Name: all_projects(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.all_projects() RETURNS SETOF public.fn_projects
    LANGUAGE sql
    AS $$select * from fn_projects$$;


ALTER FUNCTION public.all_projects() OWNER TO postgres;

--
-- Name: pairs(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.pairs() RETURNS TABLE(a integer, b text)
    LANGUAGE sql
    AS $$select 1, 'x'$$;


ALTER FUNCTION public.pairs() OWNER TO postgres;

--
-- Name: two_outs(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.two_outs(OUT x integer, OUT y integer) RETURNS record
    LANGUAGE sql
    AS $$select 1, 2$$;


ALTER FUNCTION public.two_outs(OUT x integer, OUT y integer) OWNER TO postgres;

--
-- Name: employees; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.employees (
    id integer NOT NULL,
    dept_id integer,
    first_name character varying(50) NOT NULL,
    last_name character varying(50) NOT NULL,
    email character varying(255),
    status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    salary numeric(10,2),
    hired_on date DEFAULT CURRENT_DATE NOT NULL,
    manager_id integer,
    active boolean DEFAULT true NOT NULL
);


ALTER TABLE public.employees OWNER TO postgres;

--
-- Name: active_employees; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.active_employees AS
 SELECT employees.id,
    employees.first_name,
    employees.last_name,
    employees.email
   FROM public.employees
  WHERE ((employees.status)::text = 'active'::text);


ALTER TABLE public.active_employees OWNER TO postgres;

--
-- Name: departments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.departments (
    id integer NOT NULL,
    name character varying(100) NOT NULL,
    code character(4) NOT NULL,
    budget numeric(14,2),
    head_id integer
);


ALTER TABLE public.departments OWNER TO postgres;

--
-- Name: all_departments; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.all_departments AS
 SELECT departments.id,
    departments.name,
    departments.code,
    departments.budget
   FROM public.departments;


ALTER TABLE public.all_departments OWNER TO postgres;

--
-- Name: department_stats; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.department_stats AS
 SELECT d.code,
    count(*) AS headcount,
    count(e.email) FILTER (WHERE ((e.email)::text ~~ '%@example.com'::text)) AS corp_emails,
    (avg(e.salary))::numeric(10,2) AS avg_salary,
    sum(e.salary) AS total_salary,
    max(e.hired_on) AS last_hire
   FROM (public.departments d
     LEFT JOIN public.employees e ON ((e.dept_id = d.id)))
  GROUP BY d.code
 HAVING (count(*) > 0)
  ORDER BY (count(*)) DESC;


ALTER TABLE public.department_stats OWNER TO postgres;

--
-- Name: departments_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.departments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.departments_id_seq OWNER TO postgres;

--
-- Name: departments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.departments_id_seq OWNED BY public.departments.id;


--
-- Name: emp_names; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.emp_names AS
 SELECT employees.id AS emp_id,
    employees.first_name AS given,
    employees.last_name AS family
   FROM public.employees;


ALTER TABLE public.emp_names OWNER TO postgres;

--
-- Name: employee_directory; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.employee_directory AS
 SELECT e.id,
    (((e.first_name)::text || ' '::text) || (e.last_name)::text) AS full_name,
    d.name AS department,
    m.last_name AS manager
   FROM ((public.employees e
     JOIN public.departments d ON ((d.id = e.dept_id)))
     LEFT JOIN public.employees m ON ((m.id = e.manager_id)))
  WHERE e.active;


ALTER TABLE public.employee_directory OWNER TO postgres;

--
-- Name: employees_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.employees_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.employees_id_seq OWNER TO postgres;

--
-- Name: employees_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.employees_id_seq OWNED BY public.employees.id;


--
-- Name: engineering_staff; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.engineering_staff AS
 SELECT employees.id,
    employees.dept_id,
    employees.first_name,
    employees.last_name,
    employees.email,
    employees.status,
    employees.salary,
    employees.hired_on,
    employees.manager_id,
    employees.active
   FROM public.employees
  WHERE (employees.dept_id = 1)
  WITH CASCADED CHECK OPTION;


ALTER TABLE public.engineering_staff OWNER TO postgres;

--
-- Name: engineering_active; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.engineering_active AS
 SELECT engineering_staff.id,
    engineering_staff.dept_id,
    engineering_staff.first_name,
    engineering_staff.last_name,
    engineering_staff.email,
    engineering_staff.status,
    engineering_staff.salary,
    engineering_staff.hired_on,
    engineering_staff.manager_id,
    engineering_staff.active
   FROM public.engineering_staff
  WHERE engineering_staff.active
  WITH LOCAL CHECK OPTION;


ALTER TABLE public.engineering_active OWNER TO postgres;

--
-- Name: fn_all; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fn_all AS
 SELECT all_projects.id,
    all_projects.name,
    all_projects.client_id
   FROM public.all_projects() all_projects(id, name, client_id);


ALTER TABLE public.fn_all OWNER TO postgres;

--
-- Name: fn_ordinality; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fn_ordinality AS
 SELECT u.n,
    u.o
   FROM unnest(ARRAY[1, 2]) WITH ORDINALITY u(n, o);


ALTER TABLE public.fn_ordinality OWNER TO postgres;

--
-- Name: fn_outs; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fn_outs AS
 SELECT q.x
   FROM public.two_outs() q(x, y);


ALTER TABLE public.fn_outs OWNER TO postgres;

--
-- Name: fn_pairs; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fn_pairs AS
 SELECT t.a,
    t.b
   FROM public.pairs() t(a, b);


ALTER TABLE public.fn_pairs OWNER TO postgres;

--
-- Name: fn_series; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.fn_series AS
 SELECT g.g
   FROM generate_series(1, 3) g(g);


ALTER TABLE public.fn_series OWNER TO postgres;

--
-- Name: high_earners; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.high_earners WITH (security_barrier='true') AS
 SELECT employees.id,
    employees.first_name,
    employees.salary
   FROM public.employees
  WHERE (employees.salary > (100000)::numeric);


ALTER TABLE public.high_earners OWNER TO postgres;

--
-- Name: lat_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lat_t (
    n integer,
    arr integer[]
);


ALTER TABLE public.lat_t OWNER TO postgres;

--
-- Name: lat_series; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.lat_series AS
 SELECT g.g
   FROM public.lat_t,
    LATERAL generate_series(1, lat_t.n) g(g);


ALTER TABLE public.lat_series OWNER TO postgres;

--
-- Name: lat_unnest; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.lat_unnest AS
 SELECT x.x
   FROM (public.lat_t
     CROSS JOIN LATERAL unnest(lat_t.arr) x(x));


ALTER TABLE public.lat_unnest OWNER TO postgres;

--
-- Name: managers; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.managers AS
 SELECT e.id,
    e.last_name,
    rank() OVER (PARTITION BY e.dept_id ORDER BY e.salary DESC NULLS LAST) AS pay_rank
   FROM public.employees e
  WHERE (EXISTS ( SELECT 1
           FROM public.employees r
          WHERE (r.manager_id = e.id)));


ALTER TABLE public.managers OWNER TO postgres;

--
-- Name: people_kinds; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.people_kinds AS
 SELECT DISTINCT
        CASE
            WHEN (employees.salary IS NULL) THEN 'unpaid'::text
            WHEN (employees.salary < (50000)::numeric) THEN 'junior'::text
            ELSE 'senior'::text
        END AS kind,
    employees.status
   FROM public.employees
UNION ALL
 SELECT 'department'::text AS kind,
    departments.code AS status
   FROM public.departments;


ALTER TABLE public.people_kinds OWNER TO postgres;

--
-- Name: recent_hires; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.recent_hires AS
 WITH recent AS (
         SELECT employees.id,
            employees.dept_id,
            employees.first_name,
            employees.last_name,
            employees.email,
            employees.status,
            employees.salary,
            employees.hired_on,
            employees.manager_id,
            employees.active
           FROM public.employees
          WHERE (employees.hired_on > (CURRENT_DATE - 90))
        )
 SELECT r.id,
    (r.salary)::integer AS salary_int,
    (r.hired_on)::timestamp without time zone AS hired_at,
    upper((r.last_name)::text) AS last_name_uc
   FROM recent r
  WHERE (((r.status)::text = ANY ((ARRAY['active'::character varying, 'probation'::character varying])::text[])) AND (r.email IS NOT NULL) AND ((r.last_name)::text <> ''::text));


ALTER TABLE public.recent_hires OWNER TO postgres;

--
-- Name: status_labels; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.status_labels AS
 SELECT "*VALUES*".column1 AS status,
    "*VALUES*".column2 AS label
   FROM (VALUES ('active'::text,'Active'::text), ('probation'::text,'On probation'::text), ('left'::text,'Left'::text)) "*VALUES*";


ALTER TABLE public.status_labels OWNER TO postgres;

--
-- Name: departments id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.departments ALTER COLUMN id SET DEFAULT nextval('public.departments_id_seq'::regclass);


--
-- Name: employees id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employees ALTER COLUMN id SET DEFAULT nextval('public.employees_id_seq'::regclass);


--
-- Name: departments departments_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_code_key UNIQUE (code);


--
-- Name: departments departments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.departments
    ADD CONSTRAINT departments_pkey PRIMARY KEY (id);


--
-- Name: employees employees_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employees
    ADD CONSTRAINT employees_pkey PRIMARY KEY (id);


--
-- Name: fn_projects fn_projects_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fn_projects
    ADD CONSTRAINT fn_projects_pkey PRIMARY KEY (id);


--
-- Name: employees employees_dept_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employees
    ADD CONSTRAINT employees_dept_id_fkey FOREIGN KEY (dept_id) REFERENCES public.departments(id);


--
-- Name: employees employees_manager_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employees
    ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees(id);


--
-- PostgreSQL database dump complete
--

\unrestrict QaBOQDKaYm8NNFzxC1fILKVaT7rB6jTj4ONnIuIQ5TmBAPaaNoFtwddkC1RFbsX

