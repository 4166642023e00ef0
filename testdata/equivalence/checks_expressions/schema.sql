-- Check constraints with the expressions people really write; the server
-- stores them with explicit casts and its own parenthesisation.

create table people (
    id          int primary key,
    name        varchar(100) not null check (char_length(name) > 0),
    email       varchar(255) check (email like '%@%'),
    alt_email   text check (alt_email ~* '^.+@.+$'),
    status      varchar(20) not null default 'new'
                check (status in ('new', 'active', 'banned')),
    kind        text check (kind in ('person', 'bot')),
    code        char(3) check (code = upper(code)),
    age         int check (age between 0 and 150),
    rating      int check (rating not between 1 and 5 or rating is null),
    price       numeric check (price > 0),
    discount    numeric(5,2) check (discount >= 0.0 and discount <= 100),
    weight      real check (weight > 0.5),
    lo          int,
    hi          int,
    a           int,
    b           int,
    phone       varchar(30),
    mobile      varchar(30),
    nick        varchar(30),
    tags        text[] check (array_length(tags, 1) <= 10),
    born_on     date check (born_on > '1900-01-01'),
    updated_at  timestamptz check (updated_at <= now() + interval '1 minute'),
    check (lo < hi),
    check (coalesce(a, 0) >= 0),
    check (not (phone is null and mobile is null)),
    constraint nick_not_name check (nick is distinct from name),
    constraint nick_format check (nick similar to '[a-z_]+'),
    constraint lo_hi_positive check (lo > 0 and hi > 0 or lo is null)
);

alter table people add constraint people_x_between check (a between 1 and 10);
alter table people add check (b is null or b <> a);
alter table people add constraint email_lower check (email = lower(email));
alter table people add constraint status_not_banned_without_email
    check (status::text <> 'banned' or email is not null);

create table measurements (
    id        bigint generated always as identity primary key,
    sensor    varchar(40) not null check (sensor <> '' and sensor !~ '\s'),
    reading   double precision check (reading <> 'NaN'),
    unit      text not null check (unit = any (array['C', 'F', 'K'])),
    taken_at  timestamp not null check (extract(year from taken_at) >= 2000),
    window_s  interval check (window_s > interval '0'),
    flags     bit(8) default B'00000000',
    payload   jsonb check (jsonb_typeof(payload) = 'object'),
    check (taken_at::date <= current_date + 1)
);

create table intervals (
    id      serial primary key,
    starts  timestamptz not null,
    ends    timestamptz,
    check (ends is null or ends > starts),
    check (ends is null or ends - starts < interval '30 days')
);
