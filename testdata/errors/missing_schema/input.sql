create table app.users (id int);
