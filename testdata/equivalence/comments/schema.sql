-- COMMENT ON for every object kind in scope, with awkward text.

create schema crm;
comment on schema crm is 'Customer relationship data';
comment on schema public is 'Default schema (comment replaced)';

create extension if not exists citext;
comment on extension citext is 'case-insensitive text, used for emails';

create type crm.stage as enum ('lead', 'prospect', 'customer');
comment on type crm.stage is 'Sales pipeline stage';

create table crm.contacts (
    id        serial primary key,
    email     citext not null,
    name      text,
    stage     crm.stage not null default 'lead',
    score     int,
    constraint contacts_email_key unique (email),
    check (score between 0 and 100)
);

comment on table crm.contacts is 'People we talk to';
comment on column crm.contacts.id is 'Surrogate key';
comment on column crm.contacts.email is 'Primary e-mail; it''s unique (case-insensitive)';
comment on column crm.contacts.name is E'Full name\nas the person writes it';
comment on column crm.contacts.stage is $$Stage, see "crm.stage"$$;
comment on constraint contacts_email_key on crm.contacts is 'One contact per address';
comment on constraint contacts_score_check on crm.contacts is 'Scores are percentages';
comment on constraint contacts_pkey on crm.contacts is 'pk';

create index contacts_name_idx on crm.contacts (lower(name));
comment on index crm.contacts_name_idx is 'Case-insensitive name lookup';

comment on sequence crm.contacts_id_seq is 'Backs contacts.id (serial)';

create sequence crm.ticket_no;
comment on sequence crm.ticket_no is 'Support ticket numbers';

create table crm.notes (
    id          bigint generated always as identity primary key,
    contact_id  int not null references crm.contacts on delete cascade,
    body        text not null,
    created_at  timestamptz default now()
);
-- an empty string removes a comment, just like null
comment on table crm.notes is '';
comment on column crm.notes.body is 'Markdown. ünïcödé ✓ and 😀 are fine';
comment on constraint notes_contact_id_fkey on crm.notes is 'Notes die with their contact';

-- setting a comment twice keeps the last one; NULL removes it
comment on column crm.notes.created_at is 'first version';
comment on column crm.notes.created_at is 'Insert time (UTC)';
comment on column crm.notes.contact_id is 'will be removed';
comment on column crm.notes.contact_id is null;

create view crm.hot_leads as
    select id, email, score from crm.contacts
    where stage = 'lead' and score > 80;
comment on view crm.hot_leads is 'Leads scoring above 80';
comment on column crm.hot_leads.score is 'Copied from contacts.score';

create table "Weird Table" ("Odd Column" int, "select" text);
comment on table "Weird Table" is 'Quoted names';
comment on column "Weird Table"."Odd Column" is 'Mixed case';
comment on column "Weird Table"."select" is 'Reserved word';
