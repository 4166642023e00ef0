create table users (id int primary key);
create table posts (
    id bigserial primary key,
    author_id int not null references users on delete cascade,
    title varchar(200) not null check (length(title) > 0),
    body text default '',
    published_at timestamptz,
    tags text[] default '{}'
);
