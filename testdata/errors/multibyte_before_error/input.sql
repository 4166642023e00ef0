create table "Größe" (maß int, größe int defalt 1);
