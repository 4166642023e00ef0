create table "user" (id int primary key, "order" int, "Display Name" text, "select" boolean);
create table "Order Items" ("ID" int primary key, "user" int references "user");
