-- A schema written as a series of migrations: the final state is what
-- counts, including renames and dropped columns that pg_dump never sees.

-- 001_init
create table users (
    id       serial primary key,
    login    varchar(50) not null check (length(login) >= 3),
    pass     text,
    created  timestamp default now()
);

create table posts (
    id       serial primary key,
    user_id  int,
    title    text,
    body     text
);

-- 002_constraints
alter table posts add constraint posts_user_fk foreign key (user_id) references users (id);
alter table posts alter column title set not null;
alter table users add constraint users_login_key unique (login);

-- 003_rename_things
alter table users rename column login to username;
alter table users rename column created to created_at;
alter table users rename constraint users_login_key to users_username_key;
alter table posts rename to articles;
alter index posts_pkey rename to articles_pkey;
-- (the serial's sequence keeps its old name posts_id_seq)

-- 004_types_and_defaults
alter table users alter column username type varchar(100);
alter table users alter column created_at type timestamptz;
alter table users alter column created_at set not null;
alter table articles alter column body set default '';
alter table articles add column published boolean not null default false;
alter table articles add column published_at timestamptz;
alter table articles add column score int default 0 check (score >= 0);

-- 005_drop_password
alter table users drop column pass;
alter table users add column password_hash text;

-- 006_tags
create table tags (name text primary key);
create table article_tags (
    article_id int references articles on delete cascade,
    tag        text references tags on update cascade
);
alter table article_tags add primary key (article_id, tag);
create index on article_tags (tag);

-- 007_cleanup: drop and re-add a constraint under a new name
alter table articles drop constraint posts_user_fk;
alter table articles add constraint articles_user_id_fkey
    foreign key (user_id) references users (id) on delete cascade;
alter table articles alter column user_id set not null;
alter table articles drop column if exists legacy_flag;
alter table articles alter column score drop default;

-- 008_index_rework
create index articles_published_idx on articles (published_at) where published;
drop index articles_published_idx;
create index on articles (published_at desc) where published;
alter index articles_published_at_idx rename to articles_recent_idx;
