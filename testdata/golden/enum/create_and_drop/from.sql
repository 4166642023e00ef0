create type old_kind as enum ('a', 'b');
