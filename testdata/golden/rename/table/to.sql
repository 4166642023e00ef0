-- A table renamed and changed: a serial key, foreign keys to it, a view over it, an index, a trigger and a
-- policy on it. The server keeps the names it made from the old name (audit_log_pkey, audit_log_id_seq);
-- a schema written anew names them after the new one, so they are renamed too.
create table audit_events ( -- schemadiff: renamed from audit_log
    id serial primary key,
    actor text not null,
    happened_at timestamptz not null default now(),
    detail jsonb
);
create index audit_events_actor_idx on audit_events (actor);
create table audit_details (
    id int primary key,
    entry int not null references audit_events (id) on delete cascade
);
create view recent_audit as select id, actor from audit_events where happened_at > now() - interval '1 day';
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger audit_touch before update on audit_events for each row execute function touch();
alter table audit_events enable row level security;
create policy own_rows on audit_events using (actor = current_user);
comment on table audit_events is 'who did what';
