CREATE DOMAIN code AS text CHECK (VALUE <> '');
CREATE TABLE t (
    id integer PRIMARY KEY,
    a varchar(255),
    b numeric(10,2) DEFAULT NULL,
    c integer
);
