create sequence ticket_seq;
create sequence countdown_seq increment by -1;
create sequence small_seq maxvalue 50;
