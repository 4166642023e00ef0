-- Views of many shapes over a small HR schema.

create table departments (
    id      serial primary key,
    name    varchar(100) not null,
    code    char(4) not null unique,
    budget  numeric(14,2)
);

create table employees (
    id         serial primary key,
    dept_id    int references departments,
    first_name varchar(50) not null,
    last_name  varchar(50) not null,
    email      varchar(255),
    status     varchar(16) not null default 'active',
    salary     numeric(10,2),
    hired_on   date not null default current_date,
    manager_id int references employees,
    active     boolean not null default true
);

-- simple projection with a filter on a varchar column
create view active_employees as
    select id, first_name, last_name, email
    from employees
    where status = 'active';

-- select * gets expanded to the column list at creation time
create view all_departments as select * from departments;

-- columns added afterwards do not show up in the view
alter table departments add column head_id int;

-- a join with table aliases and a computed column
create view employee_directory as
select e.id,
       e.first_name || ' ' || e.last_name as full_name,
       d.name as department,
       m.last_name as manager
from employees e
join departments d on d.id = e.dept_id
left join employees m on m.id = e.manager_id
where e.active;

-- aggregates, aliases, group by / having / order by
create view department_stats as
select d.code,
       count(*) as headcount,
       count(e.email) filter (where e.email like '%@example.com') as corp_emails,
       avg(e.salary)::numeric(10,2) as avg_salary,
       sum(e.salary) total_salary,
       max(e.hired_on) as last_hire
from departments d
left join employees e on e.dept_id = d.id
group by d.code
having count(*) > 0
order by headcount desc;

-- a CTE, casts and string comparisons on varchar columns
create view recent_hires as
with recent as (
    select * from employees where hired_on > current_date - 90
)
select r.id,
       cast(r.salary as int) as salary_int,
       r.hired_on::timestamp as hired_at,
       upper(r.last_name) as last_name_uc
from recent r
where r.status in ('active', 'probation')
  and r.email is not null
  and r.last_name <> '';

-- explicit column list on the view
create view emp_names (emp_id, given, family) as
    select id, first_name, last_name from employees;

-- options: security_barrier and check option
create view high_earners with (security_barrier) as
    select id, first_name, salary from employees where salary > 100000;

create view engineering_staff as
    select * from employees where dept_id = 1
    with check option;

-- a view on a view, with a local check option
create view engineering_active as
    select * from engineering_staff where active
    with local check option;

-- case, distinct, union, exists subquery and a window function
create view people_kinds as
select distinct
       case when salary is null then 'unpaid'
            when salary < 50000 then 'junior'
            else 'senior' end as kind,
       status
from employees
union all
select 'department', code from departments;

create view managers as
select e.id, e.last_name,
       rank() over (partition by e.dept_id order by e.salary desc nulls last) as pay_rank
from employees e
where exists (select 1 from employees r where r.manager_id = e.id);

create view status_labels (status, label) as
values ('active', 'Active'), ('probation', 'On probation'), ('left', 'Left');

-- functions in FROM: the server prints every result column after the alias
CREATE TABLE fn_projects (id int PRIMARY KEY, name text, client_id int);
CREATE FUNCTION all_projects() RETURNS SETOF fn_projects LANGUAGE sql AS 'select * from fn_projects';
CREATE FUNCTION pairs() RETURNS TABLE(a int, b text) LANGUAGE sql AS 'select 1, ''x''';
CREATE FUNCTION two_outs(OUT x int, OUT y int) LANGUAGE sql AS 'select 1, 2';
CREATE VIEW fn_all AS SELECT * FROM all_projects();
CREATE VIEW fn_series AS SELECT g FROM generate_series(1, 3) g;
CREATE VIEW fn_pairs AS SELECT * FROM pairs() t;
CREATE VIEW fn_outs AS SELECT q.x FROM two_outs() q;
CREATE VIEW fn_ordinality AS SELECT n, o FROM unnest(ARRAY[1, 2]) WITH ORDINALITY AS u(n, o);

-- a function in FROM that refers to earlier items is LATERAL whether written so or not
CREATE TABLE lat_t (n int, arr int[]);
CREATE VIEW lat_series AS SELECT g FROM lat_t, generate_series(1, lat_t.n) g;
CREATE VIEW lat_unnest AS SELECT x FROM lat_t CROSS JOIN LATERAL unnest(lat_t.arr) x;
