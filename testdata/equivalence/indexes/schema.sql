-- Index variety: unnamed and named, unique, partial, expression, access
-- methods, INCLUDE, ordering, opclasses and collations.

create extension if not exists pg_trgm;

create table documents (
    id          bigserial primary key,
    owner_id    int not null,
    title       varchar(200) not null,
    slug        text not null,
    body        text,
    tags        text[] not null default '{}',
    attrs       jsonb,
    search      tsvector,
    location    point,
    valid_range tstzrange,
    created_at  timestamptz not null default now(),
    deleted_at  timestamptz,
    status      varchar(16) not null default 'draft',
    score       float8
);

-- unnamed: the server picks documents_owner_id_idx, then _idx1 for the clash
create index on documents (owner_id);
create index on documents (owner_id);
create index on documents (owner_id, created_at desc);
create index on documents (lower(title));
create index on documents ((attrs ->> 'lang'));
create index on documents (created_at) where deleted_at is null;

create unique index documents_slug_uidx on documents (slug);
create unique index documents_owner_title_live
    on documents (owner_id, lower(title)) where deleted_at is null;

create index documents_tags_gin on documents using gin (tags);
create index documents_attrs_gin on documents using gin (attrs jsonb_path_ops);
create index documents_search_idx on documents using gin (search);
create index documents_title_trgm on documents using gin (title gin_trgm_ops);
create index documents_location_gist on documents using gist (location);
create index documents_range_gist on documents using gist (valid_range);
create index documents_slug_hash on documents using hash (slug);
create index documents_created_brin on documents using brin (created_at)
    with (pages_per_range = 32);

create index documents_title_prefix on documents (title varchar_pattern_ops);
create index documents_slug_prefix on documents (slug text_pattern_ops);
create index documents_title_c on documents (title collate "C");
create index documents_owner_incl on documents (owner_id) include (title, status);
create index documents_score_order on documents (score desc nulls last, id);
create index documents_status_nf on documents (status nulls first);
create index documents_deleted_desc on documents (deleted_at desc nulls first, id asc nulls last);
create index if not exists documents_body_len on documents (length(body));
create index documents_recent on documents (created_at desc)
    where status in ('published', 'archived');
create index documents_expr_cast on documents (((created_at at time zone 'UTC')::date));
create index documents_coalesce on documents (coalesce(deleted_at, created_at));
create index documents_fill on documents (owner_id, id) with (fillfactor = 70);

create table audit_log (
    id      bigint generated always as identity,
    at      timestamp not null default current_timestamp,
    actor   text,
    action  text not null,
    payload json
);

create index on audit_log using brin (at);
create index on audit_log (actor) where actor is not null;
create index on audit_log (action, actor);
create index on audit_log (upper(action));
create index on audit_log (upper(action));
create unique index on audit_log (id);

-- an index whose default name would clash with an existing constraint name
create table sessions (
    token   uuid primary key,
    user_id int not null,
    ip      inet,
    constraint sessions_user_id_idx unique (user_id, token)
);
create index on sessions (user_id);
create index on sessions using gist (ip inet_ops);

-- indexes share the relation namespace with tables: events_kind_idx exists
create table events_kind_idx (id int);
create table events (id int, kind text);
create index on events (kind);
