-- Column defaults of many kinds.

create table defaults_demo (
    id              serial primary key,
    c_now           timestamptz default now(),
    c_current_ts    timestamptz default current_timestamp,
    c_current_ts3   timestamp(3) default current_timestamp(3),
    c_localts       timestamp default localtimestamp,
    c_current_date  date default current_date,
    c_current_time  timetz default current_time,
    c_clock         timestamptz default clock_timestamp(),
    c_stmt          timestamptz default statement_timestamp(),
    c_text          text default 'text',
    c_empty         text default '',
    c_quote         text default 'it''s',
    c_escape        text default E'tab\there',
    c_varchar       varchar(20) default 'pending',
    c_char          char(3) default 'abc',
    c_zero          int default 0,
    c_minus_one     int default -1,
    c_neg_paren     int default (-5),
    c_big           bigint default 9000000000,
    c_small         smallint default 7,
    c_numeric       numeric default 1.5,
    c_numeric_neg   numeric(8,3) default -0.125,
    c_float         float8 default 2.5e3,
    c_real          real default 0.1,
    c_true          bool default true,
    c_false         boolean default 'f',
    c_null          text default null,
    c_int_array     int[] default '{}'::int[],
    c_int_array2    int[] default '{1,2,3}',
    c_text_array    text[] default array[]::text[],
    c_text_array2   text[] default array['a', 'b'],
    c_uuid          uuid default gen_random_uuid(),
    c_interval      interval default interval '1 day',
    c_interval2     interval default '90 minutes',
    c_jsonb         jsonb default jsonb '{}',
    c_jsonb2        jsonb default '{"a": [1, 2], "b": null}'::jsonb,
    c_json          json default '[]',
    c_expr          timestamptz default (now() + interval '1 hour'),
    c_expr2         date default current_date + 30,
    c_lower         text default lower('X'),
    c_concat        text default 'a' || 'b',
    c_user          name default current_user,
    c_session_user  text default session_user,
    c_cast          int default '42'::int,
    c_cast_fn       numeric(6,2) default cast('3.14159' as numeric(6,2)),
    c_inet          inet default '127.0.0.1',
    c_bytea         bytea default '\xdeadbeef',
    c_date          date default '2024-01-01',
    c_ts_lit        timestamp default '2024-01-01 12:00:00',
    c_tstz_inf      timestamptz default 'infinity',
    c_point         point default point(0, 0),
    c_range         int4range default '[1,10)',
    c_bit           bit(4) default B'1010',
    c_money         money default 0,
    c_random        float8 default random(),
    c_md5           text default md5(random()::text),
    c_case          int default case when random() > 0.5 then 1 else 0 end,
    c_coalesce      text default coalesce(current_setting('app.user', true), 'anon')
);

-- defaults set or changed after the fact
create table settings (
    key     text primary key,
    value   text not null,
    version int not null,
    updated timestamptz
);
alter table settings alter column version set default 1;
alter table settings alter column updated set default now();
alter table settings alter column value set default 'x';
alter table settings alter column value drop default;

-- DEFAULT NULL: kept by the server (and printed by pg_dump as NULL::character varying …) only where the NULL
-- passes through a type modifier's coercion or a domain; dropped for plain types
CREATE DOMAIN nonempty AS text CHECK (VALUE <> '');
CREATE TABLE null_defaults (
    a varchar(255) DEFAULT NULL,
    b numeric(10,2) DEFAULT NULL::numeric,
    c timestamp(0) DEFAULT NULL,
    d nonempty DEFAULT NULL,
    e integer DEFAULT NULL,
    f text DEFAULT NULL::text,
    g varchar(10)[] DEFAULT NULL
);

-- defaults of domain columns are those of the domain's base type; jsonb literals print as jsonb stores them
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE DOMAIN flag AS boolean;
CREATE DOMAIN payload AS jsonb;
CREATE TABLE typed_defaults (
    d positive DEFAULT '7',
    e flag DEFAULT 'yes',
    f jsonb DEFAULT '{"b":1,"a":2, "aa": [1,{"z":null,"y":"x\"q"}]}',
    g payload DEFAULT '{"k":true}',
    h jsonb DEFAULT '[]',
    j jsonb CHECK (j @> '{"x":1}')
);

-- tsvector literals print as the value: lexemes unique, sorted and quoted
CREATE DOMAIN tsv_required AS tsvector NOT NULL;
CREATE TABLE search_defaults (
    a tsv_required DEFAULT '',
    b tsv_required DEFAULT '.',
    c tsvector DEFAULT 'b a b',
    d tsvector DEFAULT 'it''s x',
    e tsvector DEFAULT 'a:1 b:2D,3A'
);
