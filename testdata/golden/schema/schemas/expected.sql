DROP TABLE old_stuff.t;

DROP SCHEMA old_stuff;

CREATE SCHEMA app;

CREATE TABLE app.t (
    id integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

COMMENT ON SCHEMA app IS 'application tables';
