create table docs (id int primary key, owner text not null, public boolean not null default false);
alter table docs enable row level security;
create policy own on docs to public using (owner = current_user or public);
create policy readers on docs as restrictive for select to current_user using (true);
