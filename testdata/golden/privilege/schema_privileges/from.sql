CREATE SCHEMA reporting;
GRANT USAGE ON SCHEMA reporting TO analyst;
