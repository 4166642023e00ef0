CREATE TABLE hot (id bigint PRIMARY KEY, n integer) WITH (fillfactor = 70);
CREATE TABLE cold (id bigint);
ALTER TABLE cold SET (autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE TABLE new_one (id bigint) WITH (fillfactor = 50);
