ALTER TABLE users ADD COLUMN email text;
ALTER TABLE legacy_users ADD COLUMN email text;
