create collation ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table people (id int, name text collate ci, nick text collate ci);
create index people_name on people (name);
