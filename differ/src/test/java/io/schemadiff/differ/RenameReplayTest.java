package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader replays renames as the server applies them: a schema and the renames after it read as the schema
 * written under the new names (what the server shows, and pg_dump prints, afterwards). The differ relies on it to
 * see a source schema under the names a migration's renames give it.
 */
class RenameReplayTest {

    private static void assertReplaysAs(String before, String renames, String after) {
        Catalog renamed = SchemaReader.read(List.of(new Source("before.sql", before), new Source("renames.sql",
            renames))).catalog();
        Catalog expected = SchemaReader.read("after.sql", after).catalog();
        assertEquals("", Differ.diff(renamed, expected).sql());
    }

    /** A renamed column: its keys, indexes, checks, generation expression, views, policies, trigger columns and conditions, statistics and comment follow. */
    @Test
    void column() {
        assertReplaysAs("""
            CREATE TABLE public.t (id integer PRIMARY KEY, note text, n integer GENERATED ALWAYS AS (length(note)) STORED, CONSTRAINT c CHECK (note <> 'x'), CONSTRAINT t_u UNIQUE (note) INCLUDE (id));
            CREATE TABLE public.u (id integer, note text, FOREIGN KEY (note) REFERENCES public.t (note));
            CREATE INDEX t_idx ON public.t (note, lower(note)) WHERE note IS NOT NULL;
            CREATE VIEW public.v AS SELECT t.note, upper(t.note) AS up FROM public.t;
            CREATE VIEW public.v2 AS SELECT note AS remark2 FROM public.t;
            CREATE POLICY p ON public.t USING (note = current_user);
            CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER trg BEFORE UPDATE OF note ON public.t FOR EACH ROW WHEN (OLD.note IS DISTINCT FROM NEW.note) EXECUTE FUNCTION public.f();
            COMMENT ON COLUMN public.t.note IS 'n';
            CREATE STATISTICS public.st ON id, note FROM public.t;
            """, """
            ALTER TABLE public.t RENAME COLUMN note TO remark;
            """, """
            CREATE TABLE public.t (id integer PRIMARY KEY, remark text, n integer GENERATED ALWAYS AS (length(remark)) STORED, CONSTRAINT c CHECK (remark <> 'x'), CONSTRAINT t_u UNIQUE (remark) INCLUDE (id));
            CREATE TABLE public.u (id integer, note text, CONSTRAINT u_note_fkey FOREIGN KEY (note) REFERENCES public.t (remark));
            CREATE INDEX t_idx ON public.t (remark, lower(remark)) WHERE remark IS NOT NULL;
            CREATE VIEW public.v AS SELECT t.remark AS note, upper(t.remark) AS up FROM public.t;
            CREATE VIEW public.v2 AS SELECT remark AS remark2 FROM public.t;
            CREATE POLICY p ON public.t USING (remark = current_user);
            CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER trg BEFORE UPDATE OF remark ON public.t FOR EACH ROW WHEN (OLD.remark IS DISTINCT FROM NEW.remark) EXECUTE FUNCTION public.f();
            COMMENT ON COLUMN public.t.remark IS 'n';
            CREATE STATISTICS public.st ON id, remark FROM public.t;
            """);
    }

    /** Renamed constraints: the index of a key, the replica identity and cluster order that use it, and its comment follow. */
    @Test
    void constraints() {
        assertReplaysAs("""
            CREATE TABLE public.t (a integer CONSTRAINT t_pk PRIMARY KEY, b integer CONSTRAINT b_pos CHECK (b > 0), c integer NOT NULL CONSTRAINT c_u UNIQUE);
            CREATE TABLE public.u (a integer CONSTRAINT u_fk REFERENCES public.t (a), c integer REFERENCES public.t (c));
            ALTER TABLE public.t REPLICA IDENTITY USING INDEX c_u;
            ALTER TABLE public.t CLUSTER ON t_pk;
            COMMENT ON CONSTRAINT b_pos ON public.t IS 'x';
            """, """
            ALTER TABLE public.t RENAME CONSTRAINT t_pk TO t_pkey;
            ALTER TABLE public.t RENAME CONSTRAINT b_pos TO b_positive;
            ALTER TABLE public.t RENAME CONSTRAINT c_u TO c_unique;
            ALTER TABLE public.u RENAME CONSTRAINT u_fk TO u_a_fkey;
            """, """
            CREATE TABLE public.t (a integer CONSTRAINT t_pkey PRIMARY KEY, b integer CONSTRAINT b_positive CHECK (b > 0), c integer NOT NULL CONSTRAINT c_unique UNIQUE);
            CREATE TABLE public.u (a integer CONSTRAINT u_a_fkey REFERENCES public.t (a), c integer REFERENCES public.t (c));
            ALTER TABLE public.t REPLICA IDENTITY USING INDEX c_unique;
            ALTER TABLE public.t CLUSTER ON t_pkey;
            COMMENT ON CONSTRAINT b_positive ON public.t IS 'x';
            """);
    }

    /** Renamed functions: the defaults, generation expressions, checks, indexes, views and triggers that call them follow. */
    @Test
    void functions() {
        assertReplaysAs("""
            CREATE FUNCTION public.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
            CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TABLE public.t (a integer DEFAULT public.double(1), b integer GENERATED ALWAYS AS (public.double(a)) STORED, CHECK (public.double(a) > 0));
            CREATE INDEX ti ON public.t (public.double(a));
            CREATE VIEW public.v AS SELECT public.double(a) FROM public.t;
            CREATE TRIGGER tt BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg();
            COMMENT ON FUNCTION public.double(integer) IS 'x2';
            """, """
            ALTER FUNCTION public.double(integer) RENAME TO twice;
            ALTER FUNCTION public.trg() RENAME TO trg2;
            """, """
            CREATE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
            CREATE FUNCTION public.trg2() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TABLE public.t (a integer DEFAULT public.twice(1), b integer GENERATED ALWAYS AS (public.twice(a)) STORED, CHECK (public.twice(a) > 0));
            CREATE INDEX ti ON public.t (public.twice(a));
            CREATE VIEW public.v AS SELECT public.twice(a) AS double FROM public.t;
            CREATE TRIGGER tt BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg2();
            COMMENT ON FUNCTION public.twice(integer) IS 'x2';
            """);
    }

    /** A renamed index: the cluster order and its comment follow. */
    @Test
    void index() {
        assertReplaysAs("""
            CREATE TABLE public.t (a integer);
            CREATE INDEX ti ON public.t (a);
            ALTER TABLE public.t CLUSTER ON ti;
            COMMENT ON INDEX public.ti IS 'c';
            """, """
            ALTER INDEX public.ti RENAME TO t_a_idx;
            """, """
            CREATE TABLE public.t (a integer);
            CREATE INDEX t_a_idx ON public.t (a);
            ALTER TABLE public.t CLUSTER ON t_a_idx;
            COMMENT ON INDEX public.t_a_idx IS 'c';
            """);
    }

    /** A renamed enum label: defaults (of columns, domains and arguments), checks, index predicates and views that hold it show the new one. */
    @Test
    void enumLabel() {
        assertReplaysAs("""
            CREATE TYPE public.mood AS ENUM ('sad', 'happy');
            CREATE TABLE public.p (m public.mood DEFAULT 'happy', n public.mood[] DEFAULT '{happy,sad}', CONSTRAINT c CHECK (m <> 'happy'::public.mood));
            CREATE VIEW public.v AS SELECT * FROM public.p WHERE m = 'happy';
            CREATE INDEX pi ON public.p (m) WHERE m = 'happy';
            CREATE FUNCTION public.f(x public.mood DEFAULT 'happy') RETURNS integer LANGUAGE sql AS $$SELECT 1$$;
            CREATE DOMAIN public.dm AS public.mood DEFAULT 'happy' CHECK (VALUE <> 'happy');
            """, """
            ALTER TYPE public.mood RENAME VALUE 'happy' TO 'glad';
            """, """
            CREATE TYPE public.mood AS ENUM ('sad', 'glad');
            CREATE TABLE public.p (m public.mood DEFAULT 'glad', n public.mood[] DEFAULT '{glad,sad}', CONSTRAINT c CHECK (m <> 'glad'::public.mood));
            CREATE VIEW public.v AS SELECT * FROM public.p WHERE m = 'glad';
            CREATE INDEX pi ON public.p (m) WHERE m = 'glad';
            CREATE FUNCTION public.f(x public.mood DEFAULT 'glad') RETURNS integer LANGUAGE sql AS $$SELECT 1$$;
            CREATE DOMAIN public.dm AS public.mood DEFAULT 'glad' CHECK (VALUE <> 'glad');
            """);
    }

    /** A renamed enum label in the forms canonical text gives it: compared either way, in ANY / ALL lists, IS DISTINCT FROM, CASE … WHEN, cast; a string compared with a text column is no label. */
    @Test
    void enumLabelInItsContexts() {
        assertReplaysAs("""
            CREATE TYPE public.mood AS ENUM ('sad', 'happy', 'Odd one');
            CREATE DOMAIN public.dm AS public.mood;
            CREATE TABLE public.p (m public.mood DEFAULT 'happy', n public.mood[] DEFAULT '{happy,sad,"Odd one"}', d public.dm, t text,
              CONSTRAINT c1 CHECK (m IN ('happy', 'sad')),
              CONSTRAINT c2 CHECK (m = ANY (ARRAY['happy'::public.mood, 'sad'::public.mood])),
              CONSTRAINT c3 CHECK ('happy' = m),
              CONSTRAINT c4 CHECK (CASE WHEN m = 'happy' THEN t <> 'happy' ELSE true END),
              CONSTRAINT c5 CHECK (n @> ARRAY['happy'::public.mood]),
              CONSTRAINT c7 CHECK (m::text <> 'happy'),
              CONSTRAINT c9 CHECK (m IS DISTINCT FROM 'happy'),
              CONSTRAINT c10 CHECK (m NOT IN ('Odd one', 'happy')));
            CREATE VIEW public.v AS SELECT m, CASE m WHEN 'happy' THEN 1 END AS x, 'happy'::public.mood AS y FROM public.p WHERE m IN ('happy', 'sad') AND m <> 'happy' AND t = 'happy';
            CREATE TABLE public.q (id int, m public.mood);
            CREATE VIEW public.w AS SELECT a.m FROM public.p a JOIN public.q b ON b.m = 'happy' WHERE a.m = 'happy';
            CREATE FUNCTION public.tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER tr BEFORE UPDATE ON public.q FOR EACH ROW WHEN (NEW.m = 'happy') EXECUTE FUNCTION public.tf();
            ALTER TABLE public.q ENABLE ROW LEVEL SECURITY;
            CREATE POLICY pol ON public.q USING (m <> 'happy');
            """, """
            ALTER TYPE public.mood RENAME VALUE 'happy' TO 'glad';
            """, """
            CREATE TYPE public.mood AS ENUM ('sad', 'glad', 'Odd one');
            CREATE DOMAIN public.dm AS public.mood;
            CREATE TABLE public.p (m public.mood DEFAULT 'glad', n public.mood[] DEFAULT '{glad,sad,"Odd one"}', d public.dm, t text,
              CONSTRAINT c1 CHECK (m IN ('glad', 'sad')),
              CONSTRAINT c2 CHECK (m = ANY (ARRAY['glad'::public.mood, 'sad'::public.mood])),
              CONSTRAINT c3 CHECK ('glad' = m),
              CONSTRAINT c4 CHECK (CASE WHEN m = 'glad' THEN t <> 'happy' ELSE true END),
              CONSTRAINT c5 CHECK (n @> ARRAY['glad'::public.mood]),
              CONSTRAINT c7 CHECK (m::text <> 'happy'),
              CONSTRAINT c9 CHECK (m IS DISTINCT FROM 'glad'),
              CONSTRAINT c10 CHECK (m NOT IN ('Odd one', 'glad')));
            CREATE VIEW public.v AS SELECT m, CASE m WHEN 'glad' THEN 1 END AS x, 'glad'::public.mood AS y FROM public.p WHERE m IN ('glad', 'sad') AND m <> 'glad' AND t = 'happy';
            CREATE TABLE public.q (id int, m public.mood);
            CREATE VIEW public.w AS SELECT a.m FROM public.p a JOIN public.q b ON b.m = 'glad' WHERE a.m = 'glad';
            CREATE FUNCTION public.tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER tr BEFORE UPDATE ON public.q FOR EACH ROW WHEN (NEW.m = 'glad') EXECUTE FUNCTION public.tf();
            ALTER TABLE public.q ENABLE ROW LEVEL SECURITY;
            CREATE POLICY pol ON public.q USING (m <> 'glad');
            """);
    }

    /** A renamed table: foreign keys, indexes, owned sequences, views, triggers, policies, regclass constants and its comment follow; what was named after it keeps its name. */
    @Test
    void table() {
        assertReplaysAs("""
            CREATE SEQUENCE public.customers_id_seq AS integer;
            CREATE TABLE public.customers (id integer NOT NULL DEFAULT nextval('public.customers_id_seq'::regclass) CONSTRAINT customers_pkey PRIMARY KEY, name text NOT NULL CONSTRAINT customers_name_check CHECK (name <> ''));
            ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
            CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id integer REFERENCES public.customers (id), note text, CONSTRAINT qty CHECK (id > 0));
            CREATE INDEX orders_note_idx ON public.orders (lower(note));
            CREATE INDEX cust_name_idx ON public.customers (lower(name));
            CREATE VIEW public.big_customers AS SELECT c.id, c.name FROM public.customers c WHERE c.id > 10;
            CREATE VIEW public.big2 AS SELECT * FROM public.big_customers;
            CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER t BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.touch();
            ALTER TABLE public.customers ENABLE ROW LEVEL SECURITY;
            CREATE POLICY p ON public.customers USING (id > 0);
            COMMENT ON TABLE public.customers IS 'people';
            CREATE TABLE public.seqs (n integer DEFAULT nextval('public.customers_id_seq'::regclass), m regclass DEFAULT 'public.customers'::regclass);
            CREATE FUNCTION public.cnt() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM public.customers$$;
            """, """
            ALTER TABLE public.customers RENAME TO clients;
            """, """
            CREATE SEQUENCE public.customers_id_seq AS integer;
            CREATE TABLE public.clients (id integer NOT NULL DEFAULT nextval('public.customers_id_seq'::regclass) CONSTRAINT customers_pkey PRIMARY KEY, name text NOT NULL CONSTRAINT customers_name_check CHECK (name <> ''));
            ALTER SEQUENCE public.customers_id_seq OWNED BY public.clients.id;
            CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id integer REFERENCES public.clients (id), note text, CONSTRAINT qty CHECK (id > 0));
            CREATE INDEX orders_note_idx ON public.orders (lower(note));
            CREATE INDEX cust_name_idx ON public.clients (lower(name));
            CREATE VIEW public.big_customers AS SELECT c.id, c.name FROM public.clients c WHERE c.id > 10;
            CREATE VIEW public.big2 AS SELECT * FROM public.big_customers;
            CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER t BEFORE UPDATE ON public.clients FOR EACH ROW EXECUTE FUNCTION public.touch();
            ALTER TABLE public.clients ENABLE ROW LEVEL SECURITY;
            CREATE POLICY p ON public.clients USING (id > 0);
            COMMENT ON TABLE public.clients IS 'people';
            CREATE TABLE public.seqs (n integer DEFAULT nextval('public.customers_id_seq'::regclass), m regclass DEFAULT 'public.clients'::regclass);
            CREATE FUNCTION public.cnt() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM public.customers$$;
            """);
    }

    /** Renamed types: columns, composite attributes, domains, function arguments and results (so their identities), and views follow. */
    @Test
    void types() {
        assertReplaysAs("""
            CREATE TYPE public.mood AS ENUM ('sad', 'happy');
            CREATE TYPE public.pair AS (a integer, m public.mood);
            CREATE DOMAIN public.pos AS integer CHECK (VALUE > 0);
            CREATE TABLE public.p (m public.mood DEFAULT 'happy', n public.mood[], q public.pair, r public.pos);
            CREATE FUNCTION public.f(x public.mood, y public.pos) RETURNS public.mood LANGUAGE sql AS $$SELECT x$$;
            CREATE VIEW public.v AS SELECT m::text, r FROM public.p WHERE m = 'sad'::public.mood;
            """, """
            ALTER TYPE public.mood RENAME TO feeling;
            ALTER TYPE public.pair RENAME TO couple;
            ALTER DOMAIN public.pos RENAME TO positive;
            """, """
            CREATE TYPE public.feeling AS ENUM ('sad', 'happy');
            CREATE TYPE public.couple AS (a integer, m public.feeling);
            CREATE DOMAIN public.positive AS integer CONSTRAINT pos_check CHECK (VALUE > 0);
            CREATE TABLE public.p (m public.feeling DEFAULT 'happy', n public.feeling[], q public.couple, r public.positive);
            CREATE FUNCTION public.f(x public.feeling, y public.positive) RETURNS public.feeling LANGUAGE sql AS $$SELECT x$$;
            CREATE VIEW public.v AS SELECT m::text, r FROM public.p WHERE m = 'sad'::public.feeling;
            """);
    }

    /** Renamed views: the views and materialized views over them, and the indexes of a renamed materialized view, follow. */
    @Test
    void views() {
        assertReplaysAs("""
            CREATE TABLE public.t (a integer);
            CREATE VIEW public.v AS SELECT a FROM public.t;
            CREATE VIEW public.w AS SELECT a FROM public.v;
            CREATE MATERIALIZED VIEW public.mv AS SELECT a FROM public.v;
            CREATE INDEX mvi ON public.mv (a);
            COMMENT ON VIEW public.v IS 'c';
            """, """
            ALTER VIEW public.v RENAME TO v1;
            ALTER MATERIALIZED VIEW public.mv RENAME TO mv1;
            """, """
            CREATE TABLE public.t (a integer);
            CREATE VIEW public.v1 AS SELECT a FROM public.t;
            CREATE VIEW public.w AS SELECT a FROM public.v1;
            CREATE MATERIALIZED VIEW public.mv1 AS SELECT a FROM public.v1;
            CREATE INDEX mvi ON public.mv1 (a);
            COMMENT ON VIEW public.v1 IS 'c';
            """);
    }

    /**
     * A renamed schema: everything in it moves (tables with their sequences, indexes, triggers and policies, types,
     * functions, views), and what refers to it, inside or outside it, follows.
     */
    @Test
    void schema() {
        assertReplaysAs("""
            CREATE SCHEMA app;
            COMMENT ON SCHEMA app IS 'the app';
            CREATE TYPE app.mood AS ENUM ('sad', 'happy');
            CREATE DOMAIN app.pos AS integer CHECK (VALUE > 0);
            CREATE TYPE app.pair AS (a integer, m app.mood);
            CREATE SEQUENCE app.counter;
            CREATE TABLE app.customers (id serial PRIMARY KEY, name text NOT NULL, m app.mood DEFAULT 'happy', n app.pos, k bigint GENERATED ALWAYS AS IDENTITY, c integer DEFAULT nextval('app.counter'));
            CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES app.customers (id), p app.pair);
            CREATE INDEX customers_name_idx ON app.customers (lower(name));
            CREATE FUNCTION app.double(x app.pos) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER t BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();
            ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
            CREATE POLICY p ON app.customers USING (m <> 'sad');
            CREATE VIEW app.v AS SELECT id, app.double(n) AS d FROM app.customers;
            CREATE VIEW public.w AS SELECT * FROM app.v;
            CREATE TABLE public.x (d integer DEFAULT app.double(1), CHECK (app.double(d) > 0));
            CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.customers;
            CREATE INDEX mv_id ON app.mv (id);
            CREATE PUBLICATION pub FOR TABLES IN SCHEMA app;
            CREATE PUBLICATION pub2 FOR TABLE app.customers, public.orders;
            """, """
            ALTER SCHEMA app RENAME TO shop;
            """, """
            CREATE SCHEMA shop;
            COMMENT ON SCHEMA shop IS 'the app';
            CREATE TYPE shop.mood AS ENUM ('sad', 'happy');
            CREATE DOMAIN shop.pos AS integer CHECK (VALUE > 0);
            CREATE TYPE shop.pair AS (a integer, m shop.mood);
            CREATE SEQUENCE shop.counter;
            CREATE SEQUENCE shop.customers_id_seq AS integer;
            CREATE TABLE shop.customers (id integer NOT NULL DEFAULT nextval($$shop.customers_id_seq$$) PRIMARY KEY, name text NOT NULL, m shop.mood DEFAULT 'happy', n shop.pos, k bigint GENERATED ALWAYS AS IDENTITY, c integer DEFAULT nextval('shop.counter'));
            CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES shop.customers (id), p shop.pair);
            CREATE INDEX customers_name_idx ON shop.customers (lower(name));
            CREATE FUNCTION shop.double(x shop.pos) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x * 2$$;
            CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
            CREATE TRIGGER t BEFORE UPDATE ON shop.customers FOR EACH ROW EXECUTE FUNCTION shop.touch();
            ALTER TABLE shop.customers ENABLE ROW LEVEL SECURITY;
            CREATE POLICY p ON shop.customers USING (m <> 'sad');
            CREATE VIEW shop.v AS SELECT id, shop.double(n) AS d FROM shop.customers;
            CREATE VIEW public.w AS SELECT * FROM shop.v;
            CREATE TABLE public.x (d integer DEFAULT shop.double(1), CHECK (shop.double(d) > 0));
            CREATE MATERIALIZED VIEW shop.mv AS SELECT id FROM shop.customers;
            CREATE INDEX mv_id ON shop.mv (id);
            CREATE PUBLICATION pub FOR TABLES IN SCHEMA shop;
            CREATE PUBLICATION pub2 FOR TABLE shop.customers, public.orders;
            ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;
            """);
    }

    /** A renamed schema keeps its owner and privileges, and the default privileges given in it. */
    @Test
    void schemaWithPrivileges() {
        String grants = """
            CREATE TABLE app.t (a int);
            GRANT USAGE ON SCHEMA app TO reader;
            ALTER SCHEMA app OWNER TO keeper;
            ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO reader;
            GRANT SELECT ON app.t TO reader;
            """;
        Catalog renamed = SchemaReader.read(List.of(new Source("before.sql", "CREATE SCHEMA app;\n" + grants),
            new Source("renames.sql", "ALTER SCHEMA app RENAME TO shop;")), true).catalog();
        Catalog expected = SchemaReader.read(List.of(new Source("after.sql", "CREATE SCHEMA shop;\n"
            + grants.replace("app", "shop"))), true).catalog();
        assertEquals("", Differ.diff(renamed, expected).sql());
    }

    @Test
    void aSchemaCannotBeRenamedOverAnother() {
        InputError e = assertThrows(InputError.class, () -> SchemaReader.read(List.of(new Source("before.sql",
            "CREATE SCHEMA a; CREATE SCHEMA b;"), new Source("renames.sql", "ALTER SCHEMA a RENAME TO b;"))));
        assertEquals("schema \"b\" already exists (schema b was created by before.sql)", e.reason());
    }

    /** Renamed partitioned and inheritance parents: their partitions and children name them anew, and back. */
    @Test
    void partitionsAndChildren() {
        assertReplaysAs("""
            CREATE TABLE public.events (id int, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE public.base (id int);
            CREATE TABLE public.child (x int) INHERITS (public.base);
            """, """
            ALTER TABLE public.events RENAME TO log;
            ALTER TABLE public.events_2024 RENAME TO log_2024;
            ALTER TABLE public.base RENAME TO item;
            ALTER TABLE public.log RENAME COLUMN at TO day;
            """, """
            CREATE TABLE public.log (id int, day date NOT NULL) PARTITION BY RANGE (day);
            CREATE TABLE public.log_2024 PARTITION OF public.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE public.item (id int);
            CREATE TABLE public.child (x int) INHERITS (public.item);
            """);
    }
}
