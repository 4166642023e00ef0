CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE VIEW account_emails AS SELECT id, email FROM accounts;

GRANT SELECT ON accounts TO reporting;
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts TO app WITH GRANT OPTION;
GRANT ALL ON accounts TO admin;
