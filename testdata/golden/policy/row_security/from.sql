create table docs (id int primary key, owner text not null, public boolean not null default false);
create policy own on docs using (owner = current_user);
create policy gone on docs for delete using (false);
