create sequence s1;
create sequence s2 increment by 2;
create sequence gone;
