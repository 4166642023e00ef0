CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE SEQUENCE ticket_no;
GRANT USAGE ON SEQUENCE ticket_no TO desk;
