CREATE TABLE orders (id int PRIMARY KEY, total numeric, region text);
CREATE TABLE customers (id int PRIMARY KEY);
CREATE SCHEMA archive;
CREATE PUBLICATION shop FOR TABLE orders, customers;
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION gone;
