-- the collation's definition changes while columns use it: the old one is renamed aside, the columns take the
-- new one (their indexes are rebuilt with them), and the old one is dropped
create collation ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
create table people (id int, name text collate ci, nick text collate ci);
create index people_name on people (name);
