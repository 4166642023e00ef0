CREATE TABLE profiles (id integer PRIMARY KEY, name text, phone text, notes text, added text);

-- support may read everything but only update notes (revoking UPDATE on the table revokes it on each
-- column too, so the column grant must come after)
GRANT SELECT ON profiles TO support;
GRANT UPDATE (notes) ON profiles TO support;
GRANT SELECT (id, name, phone) ON profiles TO directory;
GRANT INSERT (added), REFERENCES (id) ON profiles TO directory;
