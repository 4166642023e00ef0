create schema app;
create table app.t (id int primary key);
comment on schema app is 'application tables';
