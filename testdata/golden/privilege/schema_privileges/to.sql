CREATE SCHEMA reporting;
GRANT USAGE, CREATE ON SCHEMA reporting TO analyst;
GRANT USAGE ON SCHEMA reporting TO PUBLIC;
-- PostgreSQL 15's public schema: PUBLIC may use it, not create in it; here not even use it
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO app;
