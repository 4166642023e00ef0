ALTER TABLE public.rooms ADD CONSTRAINT rooms_pkey PRIMARY KEY (id, valid WITHOUT OVERLAPS);

ALTER TABLE public.stays ADD CONSTRAINT stays_room_id_during_key UNIQUE (room_id, during WITHOUT OVERLAPS);

ALTER TABLE public.stays ADD CONSTRAINT stays_room_id_during_fkey FOREIGN KEY (room_id, PERIOD during) REFERENCES public.rooms(id, PERIOD valid);
