-- Blog/CMS schema written in a plainer style: everything in public, upper-
-- and lower-case keywords mixed, constraints mostly added at the end.

CREATE TABLE authors (
    id serial,
    handle varchar(30) NOT NULL,
    display_name text,
    bio text DEFAULT '',
    avatar_url text,
    is_admin bool DEFAULT FALSE NOT NULL,
    joined date DEFAULT CURRENT_DATE
);

CREATE TABLE posts (
    id bigserial,
    author_id integer NOT NULL,
    slug varchar(120) NOT NULL,
    title varchar(200) NOT NULL,
    summary varchar(500),
    body text NOT NULL DEFAULT '',
    status varchar(10) NOT NULL DEFAULT 'draft',
    published_at timestamp,
    view_count integer DEFAULT 0,
    revision int4 NOT NULL DEFAULT 1,
    search tsvector
);

CREATE TABLE tags (
    id smallserial PRIMARY KEY,
    name varchar(40) NOT NULL
);

CREATE TABLE post_tags (
    post_id bigint,
    tag_id smallint
);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL,
    parent_id bigint,
    author_name varchar(80),
    author_email varchar(200),
    body text NOT NULL,
    approved boolean DEFAULT 'no',
    ip inet,
    created_at timestamptz DEFAULT now()
);

CREATE TABLE post_revisions (
    post_id bigint NOT NULL,
    revision int NOT NULL,
    title varchar(200),
    body text,
    saved_at timestamptz NOT NULL DEFAULT now(),
    saved_by int
);

-- keys and constraints, migration style
ALTER TABLE authors ADD PRIMARY KEY (id);
ALTER TABLE authors ADD UNIQUE (handle);
ALTER TABLE authors ADD CHECK (handle ~ '^[A-Za-z0-9_]{3,30}$');
ALTER TABLE authors ADD CONSTRAINT authors_avatar_https CHECK (avatar_url LIKE 'https://%');

ALTER TABLE posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES authors (id);
ALTER TABLE posts ADD UNIQUE (author_id, slug);
ALTER TABLE posts ADD CHECK (status IN ('draft', 'review', 'published', 'hidden'));
ALTER TABLE posts ADD CHECK (status <> 'published' OR published_at IS NOT NULL);
ALTER TABLE posts ADD CHECK (view_count >= 0);

ALTER TABLE tags ADD UNIQUE (name);
ALTER TABLE tags ADD CHECK (name = lower(name));

ALTER TABLE post_tags ADD PRIMARY KEY (post_id, tag_id);
ALTER TABLE post_tags ADD FOREIGN KEY (post_id) REFERENCES posts ON DELETE CASCADE;
ALTER TABLE post_tags ADD FOREIGN KEY (tag_id) REFERENCES tags ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE comments ADD FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;
ALTER TABLE comments ADD FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE;
ALTER TABLE comments ADD CHECK (author_email IS NULL OR author_email LIKE '%_@_%');
ALTER TABLE comments ADD CHECK (length(body) BETWEEN 1 AND 10000);

ALTER TABLE post_revisions ADD PRIMARY KEY (post_id, revision);
ALTER TABLE post_revisions ADD FOREIGN KEY (post_id) REFERENCES posts ON DELETE CASCADE;
ALTER TABLE post_revisions ADD FOREIGN KEY (saved_by) REFERENCES authors ON DELETE SET NULL;

-- indexes
CREATE INDEX ON posts (published_at DESC) WHERE status = 'published';
CREATE INDEX ON posts USING gin (search);
CREATE INDEX ON posts (author_id);
CREATE INDEX ON comments (post_id, created_at);
CREATE INDEX ON comments (post_id) WHERE approved;
CREATE INDEX ON comments USING hash (author_email);
CREATE INDEX ON post_tags (tag_id);

-- views
CREATE VIEW published_posts AS
    SELECT p.id, p.slug, p.title, p.summary, p.published_at, a.handle AS author
    FROM posts p JOIN authors a ON a.id = p.author_id
    WHERE p.status = 'published' AND p.published_at <= now();

CREATE VIEW tag_counts (tag, posts) AS
    SELECT t.name, count(pt.post_id)
    FROM tags t LEFT JOIN post_tags pt ON pt.tag_id = t.id
    GROUP BY t.name;

CREATE VIEW comment_threads AS
WITH RECURSIVE thread AS (
    SELECT id, post_id, parent_id, id AS root_id, 1 AS depth FROM comments WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.post_id, c.parent_id, t.root_id, t.depth + 1
    FROM comments c JOIN thread t ON c.parent_id = t.id
)
SELECT * FROM thread;

COMMENT ON TABLE posts IS 'Blog posts; body is Markdown';
COMMENT ON COLUMN posts.status IS 'draft | review | published | hidden';
COMMENT ON INDEX posts_author_id_idx IS 'FK lookup';
COMMENT ON CONSTRAINT posts_author_fk ON posts IS 'authors are never hard-deleted';
