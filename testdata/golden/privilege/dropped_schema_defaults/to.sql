-- DROP SCHEMA takes the schema's default privileges along: nothing to revoke after it
CREATE TABLE batch (id int);
