INSERT INTO users (email) VALUES ('seed@example.com');
