CREATE SEQUENCE app.ticket_no;

SET search_path = app;

CREATE TABLE app.tickets (
    id integer DEFAULT nextval('ticket_no') NOT NULL,
    code text DEFAULT 'T-' || nextval('ticket_no'),
    CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

RESET search_path;
