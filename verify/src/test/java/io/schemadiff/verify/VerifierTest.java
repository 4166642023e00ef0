package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verifying pairs on a real (embedded) PostgreSQL. */
class VerifierTest {
    static final String FROM = """
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE TABLE users (
          id bigserial PRIMARY KEY,
          email varchar(100) NOT NULL,
          m mood
        );
        CREATE INDEX users_email_idx ON users (email);
        """;

    static final String TO = """
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
        CREATE TABLE users (
          id bigserial PRIMARY KEY,
          email text NOT NULL,
          m mood DEFAULT 'happy',
          created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE UNIQUE INDEX users_email_idx ON users (email);
        COMMENT ON TABLE users IS 'people';
        """;

    private static Verifier.Result verify(String from, String to, String migration) {
        return new Verifier(TestServer.get()).verify(new Verifier.Pair(List.of(new Source("from.sql", from)),
            List.of(new Source("to.sql", to)), List.of(),
            migration == null ? Optional.empty() : Optional.of(new Source("migration.sql", migration))));
    }

    @Test
    void theGeneratedMigrationPasses() {
        Verifier.Result r = verify(FROM, TO, null);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.headline().startsWith("verified on PostgreSQL"), r.headline());
        assertTrue(r.migration().contains("ADD VALUE 'happy'"), r.migration());
    }

    @Test
    void aRightHandWrittenMigrationPasses() {
        // the new label is used by a later statement, and the index is built CONCURRENTLY (outside a transaction)
        String m = """
            ALTER TYPE mood ADD VALUE 'happy';
            ALTER TABLE users ALTER COLUMN m SET DEFAULT 'happy';
            ALTER TABLE users ALTER COLUMN email TYPE text;
            ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
            CREATE UNIQUE INDEX CONCURRENTLY users_email_idx_new ON users (email);
            DROP INDEX CONCURRENTLY users_email_idx;
            ALTER INDEX users_email_idx_new RENAME TO users_email_idx;
            COMMENT ON TABLE users IS 'people';
            """;
        Verifier.Result r = verify(FROM, TO, m);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.headline().contains("8 statements in 5 transactions, 2 outside a transaction block"),
            r.headline());
    }

    @Test
    void aWrongMigrationIsCaughtWithAReadableReport() {
        String m = """
            ALTER TYPE mood ADD VALUE 'happy';
            ALTER TABLE users ALTER COLUMN m SET DEFAULT 'happy';
            ALTER TABLE users ADD COLUMN created_at timestamp NOT NULL DEFAULT now();
            """;
        Verifier.Result r = verify(FROM, TO, m);
        assertEquals(Verifier.Status.FAILED, r.status(), r.report(true));
        assertEquals(Verifier.Cause.DIFFERENT, r.cause());
        String report = r.report(false);
        assertTrue(report.contains("4 objects still differ from TO"), report);
        assertTrue(report.contains("- index public.users_email_idx: definition is CREATE INDEX users_email_idx ON "
            + "public.users USING btree (email) after the migration, CREATE UNIQUE INDEX users_email_idx ON public.users "
            + "USING btree (email) in TO"), report);
        assertTrue(report.contains("- column public.users.email: type is character varying(100) after the migration, "
            + "text in TO"), report);
        assertTrue(report.contains("- column public.users.created_at: type is timestamp without time zone after the "
            + "migration, timestamp with time zone in TO"), report);
        assertTrue(report.contains("- table public.users: comment is (none) after the migration, 'people' in TO"),
            report);
    }

    @Test
    void aFailingStatementIsNamedWithTheServersError() {
        String m = """
            ALTER TYPE mood ADD VALUE 'happy';

            ALTER TABLE users
              ALTER COLUMN email TYPE integer;
            """;
        Verifier.Result r = verify(FROM, TO, m);
        assertEquals(Verifier.Status.FAILED, r.status(), r.report(true));
        assertEquals(Verifier.Cause.STATEMENT, r.cause());
        String report = r.report(false);
        assertTrue(report.contains("statement 2 of 2 (migration.sql:3:1) failed:"), report);
        assertTrue(report.contains("    ALTER TABLE users\n"), report);
        assertTrue(report.contains("ERROR:  column \"email\" cannot be cast automatically to type integer"), report);
        assertTrue(report.contains("HINT:  You might need to specify \"USING email::integer\"."), report);
    }

    @Test
    void theErrorPositionIsShown() {
        Verifier.Result r = verify("CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int);",
            "ALTER TABLE t ADD COLUMN b int;\nALTER TABLE t\n  ALTER COLUMN nope SET NOT NULL;");
        String report = r.report(false);
        assertTrue(report.contains("ERROR:  column \"nope\" of relation \"t\" does not exist"), report);
    }

    @Test
    void columnOrderIsANoteNotAFailure() {
        Verifier.Result r = verify("CREATE TABLE t (a int);", "CREATE TABLE t (b text, a int);", null);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("table public.t: columns are in another order (a, b "
            + "after the migration; b, a in TO)")), r.notes().toString());
    }

    @Test
    void aMigrationWithItsOwnTransactionsRunsAsWritten() {
        String m = """
            BEGIN;
            ALTER TABLE t ADD COLUMN b int;
            COMMIT;
            CREATE INDEX CONCURRENTLY t_b_idx ON t (b);
            """;
        Verifier.Result r = verify("CREATE TABLE t (a int);", "CREATE TABLE t (a int, b int);\nCREATE INDEX t_b_idx "
            + "ON t (b);", m);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }

    @Test
    void storageParametersAreASet() {
        String to = "CREATE TABLE t (a int) WITH (fillfactor = 70, autovacuum_enabled = false);\n"
            + "CREATE INDEX t_a ON t (a) WITH (fillfactor = 100, deduplicate_items = true) WHERE a > 0;";
        String m = "ALTER TABLE t SET (autovacuum_enabled = false, fillfactor = 70);\n"
            + "CREATE INDEX t_a ON t (a) WITH (deduplicate_items = true, fillfactor = 100) WHERE a > 0;";
        Verifier.Result r = verify("CREATE TABLE t (a int);", to, m);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        String wrong = "ALTER TABLE t SET (autovacuum_enabled = false, fillfactor = 70);\n"
            + "CREATE INDEX t_a ON t (a) WITH (deduplicate_items = true, fillfactor = 90) WHERE a > 1;";
        r = verify("CREATE TABLE t (a int);", to, wrong);
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        assertTrue(r.details().contains("index public.t_a: definition is CREATE INDEX t_a ON public.t USING btree (a) "
            + "WHERE a > 1 after the migration, CREATE INDEX t_a ON public.t USING btree (a) WHERE a > 0 in TO; storage "
            + "parameters is deduplicate_items=true, fillfactor=90 after the migration, deduplicate_items=true, "
            + "fillfactor=100 in TO"), r.details());
    }

    @Test
    void aReReadInListIsNoDifference() {
        // what pg_dump writes for an IN list on a varchar column stores a different tree when read back
        String from = "CREATE TABLE t (s varchar(10) CHECK (s IN ('a', 'b')));";
        String to = "CREATE TABLE t (s varchar(10) CONSTRAINT t_s_check CHECK (((s)::text = ANY "
            + "((ARRAY['a'::character varying, 'b'::character varying])::text[]))));";
        Verifier.Result r = verify(from, to, "");
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("check constraint t_s_check on public.t: definition "
            + "differs only in how PostgreSQL stores a re-read IN list")), r.notes().toString());
    }

    @Test
    void equalSchemasNeedAnEmptyMigration() {
        Verifier.Result r = verify("CREATE TABLE t (a int);", "create table t (a integer);", null);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
        assertTrue(r.headline().contains("the migration is empty"), r.headline());
    }

    @Test
    void objectsTheDifferDoesNotModelStillCount() {
        // whatever the differ makes of a function, the server's catalogs are compared
        String to = "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1;";
        Verifier.Result r = verify("", to, "");
        assertEquals(Verifier.Cause.DIFFERENT, r.cause(), r.report(true));
        assertTrue(r.report(false).contains("- function public.f(): missing after the migration; TO has CREATE OR "
            + "REPLACE FUNCTION public.f() …"), r.report(false));
    }

    @Test
    void anInputThatDoesNotLoadIsAnInputError() {
        Verifier.Result r = verify("CREATE TABLE t (a int REFERENCES nowhere);", "CREATE TABLE t (a int);", "");
        assertEquals(Verifier.Status.INPUT_ERROR, r.status(), r.report(true));
        assertTrue(r.headline().startsWith("FROM does not load into PostgreSQL"), r.headline());
        assertTrue(r.details().contains("relation \"nowhere\" does not exist"), r.details());
    }

    @Test
    void aMissingExtensionSkips() {
        Verifier.Result r = verify("CREATE EXTENSION no_such_extension_here;", "", "");
        assertEquals(Verifier.Status.SKIPPED, r.status(), r.report(true));
        assertTrue(r.headline().contains("needs extension no_such_extension_here"), r.headline());
    }

    @Test
    void manyKindsOfObjectsCompareEqualWhenEqual() {
        String schema = """
            CREATE EXTENSION IF NOT EXISTS pgcrypto;
            CREATE SCHEMA app;
            CREATE DOMAIN app.pos AS int CHECK (VALUE > 0) DEFAULT 1;
            CREATE TYPE app.pair AS (a int, b text);
            CREATE TYPE app.span AS RANGE (subtype = int4);
            CREATE SEQUENCE app.s START 5 INCREMENT 2 CACHE 3;
            CREATE TABLE app.p (id int GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
              n app.pos, g int GENERATED ALWAYS AS (n * 2) STORED, t text COLLATE "C",
              CONSTRAINT n_ok CHECK (n < 100) NOT VALID);
            CREATE TABLE app.c (id int PRIMARY KEY, p int REFERENCES app.p (id) ON DELETE CASCADE DEFERRABLE);
            CREATE TABLE app.part (k int, v text) PARTITION BY RANGE (k);
            CREATE TABLE app.part_1 PARTITION OF app.part FOR VALUES FROM (0) TO (10);
            CREATE VIEW app.v AS SELECT id, n FROM app.p WHERE n > 1;
            CREATE MATERIALIZED VIEW app.mv AS SELECT count(*) AS c FROM app.p WITH NO DATA;
            CREATE FUNCTION app.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER t1 BEFORE INSERT ON app.c FOR EACH ROW EXECUTE FUNCTION app.trg();
            ALTER TABLE app.c ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own ON app.c USING (p > 0);
            CREATE INDEX p_t ON app.p (lower(t)) WHERE n > 3;
            CREATE STATISTICS app.st ON n, g FROM app.p;
            CREATE AGGREGATE app.mysum (int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
            COMMENT ON COLUMN app.p.n IS 'the n';
            """;
        Verifier.Result r = verify(schema, schema, null);
        assertEquals(Verifier.Status.PASSED, r.status(), r.report(true));
    }
}
