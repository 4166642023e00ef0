-- danbooru keeps statistics targets on expression index keys (pg_dump writes them as ALTER INDEX)
CREATE TABLE posts (id bigint PRIMARY KEY, tags text, title text);
CREATE INDEX posts_tags ON posts USING gin (string_to_array(tags, ' '));
ALTER INDEX posts_tags ALTER COLUMN 1 SET STATISTICS 1000;
-- back to the default
CREATE INDEX posts_title ON posts (lower(title), id);
-- a new index with a target: set after it is built
CREATE INDEX posts_upper ON posts (upper(title));
ALTER INDEX posts_upper ALTER COLUMN 1 SET STATISTICS 200;
