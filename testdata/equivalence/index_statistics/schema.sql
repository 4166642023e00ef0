-- statistics targets on expression index keys (danbooru's structure.sql has them)
create table posts (id bigint primary key, tags text, title text);
create index posts_tags on posts using gin (string_to_array(tags, ' '));
alter index posts_tags alter column 1 set statistics 3000;
create index posts_title on posts (lower(title), id);
alter index posts_title alter 1 set statistics 500;
alter index posts_title alter column 1 set statistics -1;
