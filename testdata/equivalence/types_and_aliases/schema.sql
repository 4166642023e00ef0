-- Every built-in type family, written the way people actually type them.

create table numbers (
    id          serial primary key,
    a_int       int,
    a_int4      int4,
    a_integer   integer,
    a_int2      int2,
    a_smallint  smallint,
    a_int8      int8,
    a_bigint    bigint,
    a_numeric   numeric,
    a_num_p     numeric(12),
    a_decimal   decimal(10,2),
    a_dec_bare  decimal,
    a_real      real,
    a_float4    float4,
    a_float8    float8,
    a_float     float,
    a_float24   float(24),
    a_float25   float(25),
    a_double    double precision,
    a_money     money
);

create table strings (
    id           serial primary key,
    a_char       char,
    a_character  character,
    a_char10     char(10),
    a_charact10  character(10),
    a_varchar    varchar,
    a_varchar80  varchar(80),
    a_charvar    character varying(255),
    a_charvar_nl character varying,
    a_text       text,
    a_name       name,
    a_qchar      "char",
    a_bpchar     bpchar
);

create table bits_and_bytes (
    id          serial primary key,
    a_bit       bit,
    a_bit8      bit(8),
    a_varbit    varbit,
    a_varbit16  varbit(16),
    a_bitvar    bit varying(32),
    a_bytea     bytea,
    a_bool      bool,
    a_boolean   boolean
);

create table times (
    id           serial primary key,
    a_date       date,
    a_time       time,
    a_time3      time(3),
    a_timetz     timetz,
    a_time_tz    time with time zone,
    a_time_notz  time without time zone,
    a_ts         timestamp,
    a_ts3        timestamp(3),
    a_ts_notz    timestamp without time zone,
    a_tstz       timestamptz,
    a_tstz0      timestamptz(0),
    a_ts_tz      timestamp(6) with time zone,
    a_interval   interval,
    a_iv_d2s3    interval day to second(3),
    a_iv_y2m     interval year to month,
    a_iv_hour    interval hour,
    a_iv_m2s     interval minute to second,
    a_iv_p       interval(2)
);

create table misc (
    id          bigserial primary key,
    a_uuid      uuid,
    a_json      json,
    a_jsonb     jsonb,
    a_xml       xml,
    a_inet      inet,
    a_cidr      cidr,
    a_macaddr   macaddr,
    a_macaddr8  macaddr8,
    a_point     point,
    a_box       box,
    a_line      line,
    a_circle    circle,
    a_polygon   polygon,
    a_tsvector  tsvector,
    a_tsquery   tsquery,
    a_int4range int4range,
    a_int8range int8range,
    a_numrange  numrange,
    a_daterange daterange,
    a_tsrange   tsrange,
    a_tstzrange tstzrange,
    a_intmulti  int4multirange,
    a_oid       oid,
    a_regclass  regclass,
    a_pglsn     pg_lsn
);

create table arrays (
    id          smallserial primary key,
    a_ints      int[],
    a_ints_kw   integer array,
    a_ints_kw3  integer array[3],
    a_ints3     int[3],
    a_text2d    text[][],
    a_text2d_n  text[2][2],
    a_varchars  varchar(20)[],
    a_numerics  numeric(8,2)[],
    a_ts        timestamptz[],
    a_bools     bool[],
    a_uuids     uuid[],
    a_jsonbs    jsonb[],
    a_chars     char(3)[],
    a_bigints   int8 array,
    a_floats    double precision[],
    a_times     time(0)[],
    a_tstz3     timestamptz(3)[],
    a_ranges    int4range[],
    a_vc_kw     character varying(10) array
);
