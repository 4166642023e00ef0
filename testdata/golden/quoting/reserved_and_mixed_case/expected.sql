CREATE TABLE public."Order Items" (
    "ID" integer NOT NULL,
    "user" integer,
    CONSTRAINT "Order Items_pkey" PRIMARY KEY ("ID")
);

ALTER TABLE public."user" ADD COLUMN "order" integer;

ALTER TABLE public."user" ADD COLUMN "Display Name" text;

ALTER TABLE public."user" ADD COLUMN "select" boolean;

ALTER TABLE public."Order Items" ADD CONSTRAINT "Order Items_user_fkey" FOREIGN KEY ("user") REFERENCES public."user"(id);
