-- a column moves from one enum type to another: the server has no cast between two enums, so the values go
-- through their labels' text (an array of one enum to an array of the other too)
create type mood as enum ('sad', 'ok', 'happy');
create type feeling as enum ('sad', 'ok', 'happy', 'elated');
create table person (
    id int primary key,
    m feeling default 'ok',
    history feeling[]
);
