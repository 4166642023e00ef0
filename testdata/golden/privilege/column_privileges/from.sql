CREATE TABLE profiles (id integer PRIMARY KEY, name text, phone text, notes text);

GRANT SELECT, UPDATE ON profiles TO support;
GRANT SELECT (id, name) ON profiles TO directory;
GRANT UPDATE (notes) ON profiles TO directory;
