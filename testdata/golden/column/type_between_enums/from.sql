create type mood as enum ('sad', 'ok', 'happy');
create type feeling as enum ('sad', 'ok', 'happy', 'elated');
create table person (
    id int primary key,
    m mood default 'ok',
    history mood[]
);
