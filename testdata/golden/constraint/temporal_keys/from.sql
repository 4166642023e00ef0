-- PostgreSQL 18 temporal keys (WITHOUT OVERLAPS on a range column; PERIOD in foreign keys)
CREATE EXTENSION btree_gist;
CREATE TABLE rooms (id integer NOT NULL, valid tstzrange NOT NULL);
CREATE TABLE stays (room_id integer NOT NULL, during tstzrange NOT NULL);
