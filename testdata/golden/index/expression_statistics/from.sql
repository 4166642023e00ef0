CREATE TABLE posts (id bigint PRIMARY KEY, tags text, title text);
CREATE INDEX posts_tags ON posts USING gin (string_to_array(tags, ' '));
ALTER INDEX posts_tags ALTER COLUMN 1 SET STATISTICS 3000;
CREATE INDEX posts_title ON posts (lower(title), id);
ALTER INDEX posts_title ALTER COLUMN 1 SET STATISTICS 500;
