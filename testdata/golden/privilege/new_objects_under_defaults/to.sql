CREATE SCHEMA shop;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO clerk;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT USAGE ON SEQUENCES TO clerk;

-- created after the default privileges: clerk may read them
CREATE TABLE shop.orders (id bigserial PRIMARY KEY, item text);
CREATE TABLE shop.audit (at timestamptz, what text);
-- except this one
REVOKE SELECT ON shop.audit FROM clerk;
