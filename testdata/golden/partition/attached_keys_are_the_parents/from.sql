-- partitions made as tables of their own, with a key and an index equal to the parent's, then attached: the
-- server attaches their key and index to the parent's instead of building new ones (after pgschema's issue 495)
CREATE TABLE p (
    band_id integer NOT NULL,
    geom_id integer NOT NULL,
    CONSTRAINT p_band_id_geom_id_key UNIQUE (band_id, geom_id)
) PARTITION BY LIST (band_id);
CREATE INDEX p_geom_idx ON p (geom_id);

CREATE TABLE p_12 (
    band_id integer NOT NULL,
    geom_id integer NOT NULL,
    CONSTRAINT p_12_band_id_geom_id_key UNIQUE (band_id, geom_id)
);
CREATE INDEX p_12_geom_id_idx ON p_12 (geom_id);
ALTER TABLE p ATTACH PARTITION p_12 FOR VALUES IN (12);
