package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Acl;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privilege;
import io.schemadiff.model.Privileges;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Owners and privileges (--with-privileges): how statements leave them, and what the differ makes of them. */
class PrivilegesTest {

    private static SchemaReader.Result result(String sql, String role) {
        return SchemaReader.read(List.of(new Source("schema.sql", sql)), true, role);
    }

    private static Catalog read(String sql) {
        return result(sql, null).catalog();
    }

    private static ObjectId table(String name) {
        return ObjectId.of(ObjectKind.TABLE, new QualifiedName("public", name));
    }

    private static String diff(String from, String to) {
        return Differ.diff(read(from), read(to)).sql();
    }

    @Test
    void withoutTheFlagPrivilegesAreNotRead() {
        String a = "CREATE TABLE t (a int);";
        String b = a + " GRANT SELECT ON t TO r; ALTER TABLE t OWNER TO o;";
        Catalog plain = SchemaReader.read("b.sql", b).catalog();
        assertEquals(Privileges.NONE, plain.privileges());
        assertTrue(Differ.diff(SchemaReader.read("a.sql", a).catalog(), plain).isEmpty());
        assertEquals("GRANT SELECT ON TABLE public.t TO r;\n", diff(a, "CREATE TABLE t (a int); GRANT SELECT ON t TO r;"));
    }

    @Test
    void aGrantStartsFromTheOwnersDefaultList() {
        Privileges p = read("CREATE TABLE t (a int); GRANT SELECT, INSERT ON t TO r WITH GRANT OPTION;").privileges();
        Acl acl = p.acl(table("t"));
        assertEquals(Map.of(Privilege.SELECT, true, Privilege.INSERT, true), acl.of("r"));
        assertEquals(Privilege.Target.TABLE.all(), acl.of(Privileges.CURRENT_ROLE).keySet());
    }

    @Test
    void revokingOnATableRevokesOnItsColumns() {
        Privileges p = read("CREATE TABLE t (a int, b int); GRANT SELECT (a), UPDATE (a, b) ON t TO r;"
            + " REVOKE UPDATE ON t FROM r;").privileges();
        ObjectId a = ObjectId.column(new QualifiedName("public", "t"), "a");
        assertEquals(Set.of(Privilege.SELECT), p.acl(a).of("r").keySet());
        assertTrue(p.acl(ObjectId.column(new QualifiedName("public", "t"), "b")).isEmpty());
    }

    @Test
    void renamesCarryPrivilegesAndDropsForgetThem() {
        Privileges p = read("CREATE TABLE t (a int); GRANT SELECT ON t TO r; GRANT UPDATE (a) ON t TO r;"
            + " ALTER TABLE t RENAME TO u; ALTER TABLE u RENAME COLUMN a TO b;"
            + " CREATE TABLE v (x int); GRANT SELECT ON v TO r; DROP TABLE v; CREATE TABLE v (x int);").privileges();
        assertEquals(Set.of(Privilege.SELECT), p.acl(table("u")).of("r").keySet());
        assertEquals(Set.of(Privilege.UPDATE),
            p.acl(ObjectId.column(new QualifiedName("public", "u"), "b")).of("r").keySet());
        assertTrue(p.acl(table("v")).of("r").isEmpty(), "a table created again starts from the default");
    }

    @Test
    void ownershipMovesTheOwnersEntryAndTheTablesSequences() {
        Privileges p = read("CREATE TABLE t (id serial); REVOKE DELETE ON t FROM CURRENT_USER;"
            + " ALTER TABLE t OWNER TO o;").privileges();
        assertEquals("o", p.owner(table("t")).orElseThrow());
        assertEquals("o", p.owner(ObjectId.of(ObjectKind.SEQUENCE, new QualifiedName("public", "t_id_seq")))
            .orElseThrow());
        assertTrue(p.acl(table("t")).of("o").containsKey(Privilege.SELECT));
        assertTrue(!p.acl(table("t")).of("o").containsKey(Privilege.DELETE));
        assertTrue(p.acl(table("t")).of(Privileges.CURRENT_ROLE).isEmpty());
    }

    @Test
    void defaultPrivilegesApplyToWhatIsCreatedAfter() {
        Privileges p = read("CREATE TABLE before (a int);"
            + " ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r;"
            + " ALTER DEFAULT PRIVILEGES FOR ROLE other GRANT INSERT ON TABLES TO r;"
            + " ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
            + " CREATE TABLE after (a int);"
            + " CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';").privileges();
        assertTrue(p.acl(table("before")).of("r").isEmpty());
        assertEquals(Set.of(Privilege.SELECT), p.acl(table("after")).of("r").keySet(),
            "only the running role's defaults apply");
        ObjectId f = ObjectId.function(new QualifiedName("public", "f"), "()");
        assertTrue(p.acl(f).of(Privileges.PUBLIC).isEmpty());
        assertEquals(3, p.defaults().size());
    }

    @Test
    void whatIsCreatedUnderSetRoleIsThatRoles() {
        Privileges p = read("SET ROLE admin;"
            + " ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO r;"
            + " CREATE TABLE mine (a int);"
            + " RESET ROLE;"
            + " CREATE TABLE theirs (a int);"
            + " SET SESSION AUTHORIZATION 'other'; CREATE TABLE others (a int); RESET SESSION AUTHORIZATION;")
            .privileges();
        assertEquals("admin", p.owner(table("mine")).orElseThrow());
        assertEquals(Set.of(Privilege.SELECT), p.acl(table("mine")).of("r").keySet());
        assertTrue(p.acl(table("mine")).of("admin").containsKey(Privilege.DELETE), "the owner's own entry");
        assertTrue(p.owner(table("theirs")).isEmpty());
        assertTrue(p.acl(table("theirs")).of("r").isEmpty(), "admin's default privileges are not the script's");
        assertEquals("other", p.owner(table("others")).orElseThrow());
        assertEquals(Set.of(new Privileges.DefaultKey("admin", "public", Privilege.Target.TABLE)), p.defaults().keySet());
    }

    @Test
    void readingFollowsTheServerInTheCornersReviewFound() {
        // DROP SCHEMA takes its default privileges along
        assertTrue(read("CREATE SCHEMA s; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO r;"
            + " DROP SCHEMA s;").privileges().defaults().isEmpty());
        // OWNER TO gives the old owner's column entries to the new owner
        ObjectId a = ObjectId.column(new QualifiedName("public", "t"), "a");
        Privileges p = read("CREATE TABLE t (a int); ALTER TABLE t OWNER TO alice; GRANT SELECT (a) ON t TO alice;"
            + " ALTER TABLE t OWNER TO bob;").privileges();
        assertEquals(Set.of("bob"), p.acl(a).grantees());
        // SESSION_USER is the script's role, CURRENT_USER the one statements run as
        p = result("CREATE TABLE x (a int); ALTER TABLE x OWNER TO alice; SET ROLE alice;"
            + " GRANT SELECT ON x TO SESSION_USER; GRANT INSERT ON x TO CURRENT_USER; RESET ROLE;", "postgres")
            .catalog().privileges();
        assertEquals(Set.of(Privilege.SELECT), p.acl(table("x")).of("postgres").keySet());
        assertTrue(p.acl(table("x")).of("alice").containsKey(Privilege.INSERT));
        // a variadic function is found by its argument types, VARIADIC written or not
        assertTrue(read("CREATE FUNCTION g(VARIADIC xs int[]) RETURNS int LANGUAGE sql AS 'SELECT 1';"
            + " GRANT EXECUTE ON FUNCTION g(int[]) TO r;").privileges().acls().size() == 1);
        // the schema AUTHORIZATION names gets that role's default privileges
        p = read("ALTER DEFAULT PRIVILEGES FOR ROLE bob GRANT USAGE ON SCHEMAS TO app;"
            + " ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO app2; CREATE SCHEMA s AUTHORIZATION bob;")
            .privileges();
        Acl s = p.acl(ObjectId.schema("s"));
        assertEquals(Set.of("app", "bob"), s.grantees());
        // grant options are for roles
        InputError e = assertThrows(InputError.class,
            () -> read("CREATE TABLE t (a int); GRANT SELECT ON t TO PUBLIC WITH GRANT OPTION;"));
        assertEquals("grant options can only be granted to roles", e.reason());
    }

    @Test
    void allInSchemaTakesWhatIsThereNow() {
        Privileges p = read("CREATE SCHEMA s; CREATE TABLE s.a (x int); CREATE VIEW s.v AS SELECT 1 AS one;"
            + " CREATE SEQUENCE s.q; GRANT SELECT ON ALL TABLES IN SCHEMA s TO r; CREATE TABLE s.later (x int);")
            .privileges();
        assertEquals(Set.of(Privilege.SELECT), p.acl(ObjectId.of(ObjectKind.TABLE, new QualifiedName("s", "a")))
            .of("r").keySet());
        assertEquals(Set.of(Privilege.SELECT), p.acl(ObjectId.of(ObjectKind.VIEW, new QualifiedName("s", "v")))
            .of("r").keySet());
        assertTrue(p.acl(ObjectId.of(ObjectKind.SEQUENCE, new QualifiedName("s", "q"))).of("r").isEmpty());
        assertTrue(p.acl(ObjectId.of(ObjectKind.TABLE, new QualifiedName("s", "later"))).of("r").isEmpty());
    }

    @Test
    void badPrivilegesAreTheServersErrorsAndUnmodeledTargetsAreReported() {
        InputError e = assertThrows(InputError.class,
            () -> read("CREATE TABLE t (a int);\nGRANT SELECT, EXECUTE ON t TO r;"));
        assertTrue(e.reason().contains("invalid privilege type EXECUTE for relation"), e.reason());
        assertTrue(e.render().startsWith("schema.sql:2:15: "), e.render());
        assertThrows(InputError.class, () -> read("GRANT USAGE ON SCHEMA nowhere TO r;"));
        assertThrows(InputError.class, () -> read("GRANT EXECUTE ON FUNCTION nothing(int) TO r;"));
        SchemaReader.Result r = result("GRANT CONNECT ON DATABASE app TO r; GRANT SELECT ON foreign_thing TO r;"
            + " GRANT admin TO alice; REVOKE admin FROM bob;"
            + " ALTER OPERATOR public.~<< (text, text) OWNER TO postgres;", null);
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("GRANT ON DATABASE"));
        assertTrue(r.warnings().get(2).message().endsWith("ALTER OPERATOR public.~<< (text, text) OWNER TO"));
        assertTrue(r.catalog().privileges().isEmpty());
    }

    @Test
    void anOwnerIsSetWhereTheTargetNamesOneTheSourceDoesNot() {
        String t = "CREATE TABLE t (a int);";
        assertEquals("ALTER TABLE public.t OWNER TO o;\n", diff(t, t + " ALTER TABLE t OWNER TO o;"));
        assertEquals("ALTER TABLE public.t OWNER TO p;\n",
            diff(t + " ALTER TABLE t OWNER TO o;", t + " ALTER TABLE t OWNER TO p;"));
        assertEquals("", diff(t + " ALTER TABLE t OWNER TO o;", t), "the target does not say: left as it is");
    }

    @Test
    void theRunningRoleOwnsWhatNoOwnerToGivesAway() {
        String hand = "CREATE TABLE t (a int); GRANT SELECT ON t TO r;";
        String dump = "CREATE TABLE public.t (a integer);\nALTER TABLE public.t OWNER TO postgres;\n"
            + "GRANT SELECT ON TABLE public.t TO r;\n";
        assertEquals("ALTER TABLE public.t OWNER TO postgres;\n", diff(hand, dump));
        Catalog a = result(hand, "postgres").catalog();
        Catalog b = result(dump, "postgres").catalog();
        assertTrue(Differ.diff(a, b).isEmpty(), Differ.diff(a, b).sql());
        assertTrue(Differ.diff(b, a).isEmpty(), Differ.diff(b, a).sql());
    }

    @Test
    void identicalSchemasWithPrivilegesDiffEmpty() {
        String s = "CREATE SCHEMA s AUTHORIZATION o; CREATE TABLE s.t (a int); ALTER TABLE s.t OWNER TO o;"
            + " GRANT SELECT (a) ON s.t TO r; ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO r;";
        assertTrue(Differ.diff(read(s), read(s)).isEmpty());
    }
}
