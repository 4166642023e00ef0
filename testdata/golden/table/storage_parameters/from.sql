CREATE TABLE hot (id bigint PRIMARY KEY, n integer) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.2);
CREATE TABLE cold (id bigint);
