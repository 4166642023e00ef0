-- an enum loses a label, so it is replaced and its columns converted: each conversion takes the old default off and
-- puts the target's on, once (a default that changes is not set again on its own, a default dropped stays off)
create type mood as enum ('sad', 'happy');
create table person (
    id int primary key,
    now_mood mood default 'happy',
    usual_mood mood,
    best_mood mood default 'happy'
);
