package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid statements the model does not hold are reported, one warning each, never passed over in silence (those
 * about the cluster, not a database's schema — roles, tablespaces, databases — are the exception, by design).
 */
class ReportedStatementsTest {
    private static final String TABLE = "CREATE TABLE t (id int PRIMARY KEY, a int, b int);\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple);",
        "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;",
        "CREATE OPERATOR CLASS c FOR TYPE int USING btree AS OPERATOR 1 <;",
        "CREATE TEXT SEARCH CONFIGURATION cfg (COPY = english);",
        "CREATE FOREIGN DATA WRAPPER fdw;",
        "CREATE SERVER srv FOREIGN DATA WRAPPER fdw;",
        "CREATE USER MAPPING FOR PUBLIC SERVER srv;",
        "ALTER USER MAPPING FOR PUBLIC SERVER srv OPTIONS (user 'x');",
        "DROP USER MAPPING FOR PUBLIC SERVER srv;",
        "CREATE FOREIGN TABLE ft (a int) SERVER srv;",
        "SECURITY LABEL ON TABLE t IS 'secret';",
        "ALTER TABLE t SET ACCESS METHOD heap;",
        "CREATE LANGUAGE plfoo HANDLER plpgsql_call_handler;",
        "CREATE SUBSCRIPTION sub CONNECTION 'dbname=x' PUBLICATION p;",
        "DO $$ BEGIN PERFORM 1; END $$;", "DO $$ BEGIN IF true THEN CREATE TABLE x (a int); END IF; END $$;",
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE usename = 'x') THEN CREATE TABLE u (a int); "
            + "END IF; END $$;",
        // a block that makes roles and more is not role-only: what else it does is not read, and is reported
        "DO $$ BEGIN EXECUTE 'CREATE ROLE app; CREATE TABLE u (a int)'; END $$;",
        "DO $$ BEGIN EXECUTE format('CREATE ROLE %I; CREATE TABLE %I (a int)', 'r', 'u'); END $$;",
        "DO $$ BEGIN EXECUTE 'CREATE ROLE ' || quote_ident('r') || '; CREATE SCHEMA x'; END $$;",
        "DO $$ BEGIN CREATE ROLE app; IMPORT FOREIGN SCHEMA s FROM SERVER srv INTO public; END $$;",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'a') THEN CREATE ROLE a; END IF; "
            + "PERFORM make_tables(); END $$;",
        "DO $$ DECLARE n int := make_tables(); BEGIN CREATE ROLE a; END $$;",
        "DO $$ BEGIN IF make_tables() THEN CREATE ROLE a; END IF; END $$;",
        "DO $$ BEGIN CREATE ROLE a; EXECUTE some_sql(); END $$;",
        "INSERT INTO t VALUES (1, 2, 3);",
        "ALTER INDEX t_pkey ALTER COLUMN 1 SET STATISTICS 100;",
        "CREATE TABLE u (a integr);",
    })
    void isReported(String statement) {
        SchemaReader.Result r = SchemaReader.read("s.sql", TABLE + statement + "\n");
        assertEquals(1, r.warnings().size(), statement + " → " + r.warnings());
        assertEquals(2, r.warnings().get(0).render().lines().findFirst().map(l -> l.split(":")[1])
            .map(Integer::parseInt).orElseThrow(), "its line");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE ROLE app;", "ALTER ROLE app SET search_path = x;", "GRANT app TO bob;", "CREATE TABLESPACE ts LOCATION '/x';",
        "ALTER DATABASE db SET timezone = 'UTC';", "DROP USER bob;", "ALTER TABLE t SET TABLESPACE pg_default;",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app') THEN CREATE ROLE app; END IF; END $$;",
        "DO $$ DECLARE r text; BEGIN FOREACH r IN ARRAY ARRAY['a','b'] LOOP "
            + "EXECUTE format('CREATE ROLE %I', r); END LOOP; END $$;",
        "DO $$ BEGIN CREATE ROLE app; GRANT app TO bob; EXCEPTION WHEN duplicate_object THEN NULL; END $$;",
        "DO $$ BEGIN EXECUTE 'CREATE ROLE ' || quote_ident('app') || ' LOGIN'; END $$;",
        "DO $$ BEGIN CREATE USER bob; EXCEPTION WHEN duplicate_object THEN RAISE NOTICE 'exists'; END $$;",
        "DO $do$ <<outer>> DECLARE r text := 'app'; BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE "
            + "rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); ELSE EXECUTE format('ALTER ROLE %1$I "
            + "SET search_path = %2$L', r, 'app'); END IF; END outer $do$;",
    })
    void clusterWideStatementsAreNotTheSchemas(String statement) {
        assertEquals(List.of(), SchemaReader.read("s.sql", TABLE + statement + "\n").warnings());
    }
}
