-- Column collations, collations on indexes and in expressions.
-- Uses only collations every PostgreSQL build has ("C", "POSIX", ucs_basic)
-- plus the ICU ones that Debian/PGDG builds ship (und-x-icu, de-x-icu,
-- "en-US-x-icu", sv-SE-x-icu).

create table words (
    id          serial primary key,
    word        text not null,
    word_c      text collate "C" not null,
    word_posix  varchar(100) collate "POSIX",
    word_ucs    text collate ucs_basic,
    word_pcat   text collate pg_catalog."C",
    word_dflt   text collate "default",
    word_de     text collate "de-x-icu",
    word_en     varchar(50) collate "en-US-x-icu",
    word_und    text collate "und-x-icu",
    word_sv     char(10) collate "sv-SE-x-icu",
    variants    text[] collate "C",
    unique (word_c)
);

create index on words (word collate "C");
create index words_word_de_en on words (word_de collate "en-US-x-icu");
create index words_word_c_pattern on words (word_c text_pattern_ops);
create index words_word_ci on words (lower(word) collate "und-x-icu");
create index words_desc_posix on words (word_posix collate "C" desc);

create table names (
    id     int primary key,
    given  varchar(40) collate "C" not null,
    family varchar(40) not null,
    check (given < 'zzz' collate "C"),
    check (family collate "POSIX" > '')
);

-- a collation changed later (before any view depends on the column)
alter table names alter column family type varchar(40) collate "en-US-x-icu";

create view sorted_names as
    select id, given, family collate "de-x-icu" as family_de
    from names
    order by family collate "de-x-icu", given;

create view c_words as
    select word from words where word_c = word collate "C";
