CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0
);

CREATE VIEW account_emails AS SELECT id, email FROM accounts;

-- reporting loses the table, keeps the view; app keeps its rights but may no longer pass them on,
-- and may not delete; admin keeps everything; support is new
GRANT SELECT ON account_emails TO reporting;
GRANT SELECT, INSERT, UPDATE ON accounts TO app;
GRANT ALL PRIVILEGES ON TABLE accounts TO admin;
GRANT SELECT, UPDATE ON accounts, account_emails TO support;
