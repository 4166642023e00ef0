create type mood as enum ('sad', 'ok', 'happy');
create table person (
    id int primary key,
    now_mood mood default 'ok',
    usual_mood mood default 'ok',
    best_mood mood default 'happy'
);
