CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
REVOKE USAGE ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO app;
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
GRANT ALL ON DOMAIN positive TO app WITH GRANT OPTION;
CREATE SEQUENCE ticket_no;
-- GRANT … ON TABLE takes a sequence too
GRANT SELECT, UPDATE, USAGE ON TABLE ticket_no TO desk;
