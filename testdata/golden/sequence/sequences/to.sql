create sequence s1 start with 1000 cache 10;
create sequence s2 increment by 2 maxvalue 1000 cycle;
create sequence s3 as integer;
