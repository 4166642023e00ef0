CREATE TABLE p (
    band_id integer NOT NULL,
    geom_id integer NOT NULL,
    CONSTRAINT p_band_id_geom_id_key UNIQUE (band_id, geom_id)
) PARTITION BY LIST (band_id);
CREATE INDEX p_geom_idx ON p (geom_id);

-- the same schema: no difference
CREATE TABLE p_12 PARTITION OF p FOR VALUES IN (12);
