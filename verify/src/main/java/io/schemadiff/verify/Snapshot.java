package io.schemadiff.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's schema as the server reports it: rows from pg_catalog, rendered by the server's own functions
 * ({@code format_type}, {@code pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_viewdef},
 * {@code pg_get_expr}, {@code pg_get_functiondef}, {@code pg_get_triggerdef}, …), so two databases compare without
 * our parser's reading of anything. Owners and privileges are left out unless asked for ({@code --with-privileges}):
 * then schemas, relations, functions, types, collations, publications and event triggers also have an
 * {@code owner}, the objects that have privileges an {@code acl} (columns only a column-level one), and each
 * {@code ALTER DEFAULT PRIVILEGES} entry is an object of its own.
 *
 * <p>Every object has a key (what pairs it with its counterpart in the other database), a kind and a name for
 * reports, the key of the object it belongs to (a column's table), and attributes: name to text, absent when
 * empty. Queries run with {@code search_path = pg_catalog}, so every user object is written schema-qualified.
 */
final class Snapshot {
    /** One object. */
    record Obj(String key, String kind, String name, String parent, Map<String, String> attrs) {}

    final Map<String, Obj> objects = new TreeMap<>();
    /** Relation key to its column names in attribute-number order. */
    final Map<String, List<String>> columnOrder = new LinkedHashMap<>();

    private static final String USER_NS = "%1$s.nspname NOT IN ('pg_catalog', 'information_schema') "
        + "AND %1$s.nspname !~ '^pg_(toast|temp_)'";

    /** Not an extension's member: {@code %1$s} is the catalog, {@code %2$s} the object's oid. */
    private static final String NOT_EXT = "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dx "
        + "WHERE dx.classid = '%1$s'::regclass AND dx.objid = %2$s AND dx.deptype = 'e')";

    private static String ns(String alias) {
        return String.format(USER_NS, alias);
    }

    private static String notExt(String catalog, String oid) {
        return String.format(NOT_EXT, catalog, oid);
    }

    private static final String QN = "quote_ident(n.nspname) || '.' || quote_ident(%s)";

    private static String qn(String nameColumn) {
        return String.format(QN, nameColumn);
    }

    static Snapshot take(Connection c) throws SQLException {
        return take(c, false);
    }

    /** The snapshot; with {@code privileges}, owners, privileges and default privileges too. */
    static Snapshot take(Connection c, boolean privileges) throws SQLException {
        Snapshot s = new Snapshot();
        int version;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path = pg_catalog");
            st.execute("SET extra_float_digits = 3");
            try (ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int")) {
                rs.next();
                version = rs.getInt(1);
            }
            for (String q : queries(version)) {
                s.load(st, q);
            }
            if (privileges) {
                for (String q : privilegeQueries()) {
                    s.merge(st, q);
                }
                s.load(st, defaultPrivilegesQuery());
            }
            s.loadColumnOrder(st);
            st.execute("RESET search_path");
            st.execute("RESET extra_float_digits");
        } finally {
            c.setAutoCommit(auto);
        }
        return s;
    }

    private void load(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int cols = md.getColumnCount();
            while (rs.next()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                for (int i = 5; i <= cols; i++) {
                    String v = rs.getString(i);
                    if (v != null && !v.isEmpty()) {
                        attrs.put(md.getColumnLabel(i), v);
                    }
                }
                Obj o = new Obj(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), attrs);
                objects.put(o.key(), o);
            }
        } catch (SQLException e) {
            throw new SQLException("catalog query failed: " + e.getMessage() + "\n" + sql, e.getSQLState(), e);
        }
    }

    /**
     * Adds attributes to objects already taken: rows of a key, then one column per attribute, labelled. A row for an
     * object the snapshot does not hold (an array type, an identity column's sequence) is passed over.
     */
    private void merge(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            int cols = md.getColumnCount();
            while (rs.next()) {
                Obj o = objects.get(rs.getString(1));
                if (o == null) {
                    continue;
                }
                for (int i = 2; i <= cols; i++) {
                    String v = rs.getString(i);
                    if (v != null && !v.isEmpty()) {
                        o.attrs().put(md.getColumnLabel(i), v);
                    }
                }
            }
        } catch (SQLException e) {
            throw new SQLException("catalog query failed: " + e.getMessage() + "\n" + sql, e.getSQLState(), e);
        }
    }

    private void loadColumnOrder(Statement st) throws SQLException {
        String q = "SELECT 'relation ' || " + qn("c.relname") + ", a.attname FROM pg_attribute a "
            + "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND " + ns("n")
            + " AND " + notExt("pg_class", "c.oid") + " ORDER BY c.oid, a.attnum";
        try (ResultSet rs = st.executeQuery(q)) {
            while (rs.next()) {
                columnOrder.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
    }

    /** An options array ({@code reloptions} and the like) as sorted text: a set, not a list. */
    private static String sorted(String column) {
        return "(SELECT string_agg(o, ', ' ORDER BY o) FROM unnest(" + column + ") o)";
    }

    private static String enabled(String column) {
        return "CASE " + column + " WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replica only' "
            + "WHEN 'A' THEN 'enabled always' END";
    }

    /** A role, as a report names it: {@code quote_ident} of its name. */
    private static String role(String oid) {
        return "quote_ident(pg_get_userbyid(" + oid + ")::text)";
    }

    /**
     * An {@code aclitem[]} as the server applies it, one entry a line in sorted order: {@code grantee=PRIVILEGE},
     * {@code *} with grant option, {@code PUBLIC} for everyone. Grantors are left out (the same privilege from two
     * grantors is one entry, grantable if either gave it so): a schema says what is granted, not who granted it.
     */
    static String acl(String column) {
        return "(SELECT string_agg(x.e, E'\\n' ORDER BY x.e) FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
            + "ELSE " + role("a.grantee") + " END || '=' || a.privilege_type "
            + "|| CASE WHEN bool_or(a.is_grantable) THEN '*' ELSE '' END AS e FROM aclexplode(" + column + ") a "
            + "GROUP BY a.grantee, a.privilege_type) x)";
    }

    /** An object's effective list: its own, or, while NULL, the server's default for its class and owner. */
    private static String effectiveAcl(String column, String objtype, String owner) {
        return acl("coalesce(" + column + ", acldefault(" + objtype + ", " + owner + "))");
    }

    /**
     * Owners and privileges, merged into the objects {@link #queries} took (the same keys and filters): key, then
     * {@code owner} and {@code acl}. A column's list is its own grants only (the default is none).
     */
    static List<String> privilegeQueries() {
        List<String> q = new ArrayList<>();
        String relName = qn("c.relname");
        q.add("SELECT 'schema ' || quote_ident(n.nspname), " + role("n.nspowner") + " AS \"owner\", "
            + effectiveAcl("n.nspacl", "'n'", "n.nspowner") + " AS \"acl\" "
            + "FROM pg_namespace n WHERE " + ns("n") + " AND " + notExt("pg_namespace", "n.oid"));
        q.add("SELECT 'relation ' || " + relName + ", " + role("c.relowner") + " AS \"owner\", "
            + effectiveAcl("c.relacl", "CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::\"char\"", "c.relowner")
            + " AS \"acl\" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));
        q.add("SELECT 'relation ' || " + relName + " || '/column ' || quote_ident(a.attname), "
            + acl("a.attacl") + " AS \"acl\" "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped "
            + "AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));
        q.add("SELECT 'function ' || " + qn("p.proname") + " || '(' || pg_get_function_identity_arguments(p.oid) "
            + "|| ')', " + role("p.proowner") + " AS \"owner\", "
            + effectiveAcl("p.proacl", "'f'", "p.proowner") + " AS \"acl\" "
            + "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_proc", "p.oid"));
        q.add("SELECT 'type ' || " + qn("t.typname") + ", " + role("t.typowner") + " AS \"owner\", "
            + effectiveAcl("t.typacl", "'T'", "t.typowner") + " AS \"acl\" "
            + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE " + ns("n") + " AND t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') AND " + notExt("pg_type", "t.oid"));
        q.add("SELECT 'collation ' || " + qn("co.collname") + ", " + role("co.collowner") + " AS \"owner\" "
            + "FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_collation", "co.oid"));
        q.add("SELECT 'event trigger ' || quote_ident(e.evtname), " + role("e.evtowner") + " AS \"owner\" "
            + "FROM pg_event_trigger e WHERE " + notExt("pg_event_trigger", "e.oid"));
        q.add("SELECT 'publication ' || quote_ident(p.pubname), " + role("p.pubowner") + " AS \"owner\" "
            + "FROM pg_publication p");
        return q;
    }

    /**
     * Default privileges ({@code pg_default_acl}), one object per role, schema (none: database-wide) and class of
     * object, with the list as stored: for a schema's entry the grants added, for a database-wide one the whole list.
     */
    static String defaultPrivilegesQuery() {
        String objects = "CASE d.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS' "
            + "WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' ELSE d.defaclobjtype::text END";
        String name = "'for role ' || " + role("d.defaclrole") + " || coalesce(' in schema ' || quote_ident(n.nspname), "
            + "'') || ' on ' || " + objects;
        return "SELECT 'default privileges ' || " + name + ", 'default privileges', " + name + ", NULL, "
            + acl("d.defaclacl") + " AS \"acl\" "
            + "FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace "
            + "WHERE d.defaclnamespace = 0 OR (" + ns("n") + ")";
    }

    /** The catalog queries: key, kind, name, parent key, then one column per attribute, labelled. */
    static List<String> queries(int version) {
        List<String> q = new ArrayList<>();
        String relName = qn("c.relname");

        q.add("SELECT 'schema ' || quote_ident(n.nspname), 'schema', quote_ident(n.nspname), NULL, "
            + "obj_description(n.oid, 'pg_namespace') AS \"comment\" "
            + "FROM pg_namespace n WHERE " + ns("n") + " AND " + notExt("pg_namespace", "n.oid"));

        q.add("SELECT 'extension ' || quote_ident(e.extname), 'extension', quote_ident(e.extname), NULL, "
            + "quote_ident(n.nspname) AS \"schema\", e.extversion AS \"version\", "
            + "obj_description(e.oid, 'pg_extension') AS \"comment\" "
            + "FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace");

        // types: enums, domains, standalone composites, ranges, base types (arrays and multiranges come with them)
        q.add("SELECT 'type ' || " + qn("t.typname") + ", "
            + "CASE t.typtype WHEN 'e' THEN 'enum type' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' "
            + "WHEN 'r' THEN 'range type' WHEN 'm' THEN 'multirange type' ELSE 'type' END, " + qn("t.typname")
            + ", NULL, "
            + "CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite' "
            + "WHEN 'r' THEN 'range' WHEN 'm' THEN 'multirange' WHEN 'b' THEN 'base' ELSE t.typtype::text END AS \"kind\", "
            + "CASE WHEN t.typtype = 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' "
            + "ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END AS \"labels\", "
            + "CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS \"base type\", "
            + "CASE WHEN t.typtype = 'd' AND t.typnotnull THEN 'NOT NULL' END AS \"not null\", "
            + "CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0, true) END AS \"default\", "
            + "CASE WHEN t.typtype = 'd' AND t.typcollation <> 0 AND t.typcollation <> "
            + "(SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype) "
            + "THEN t.typcollation::regcollation::text END AS \"collation\", "
            + "CASE WHEN t.typtype = 'c' THEN (SELECT string_agg(quote_ident(a.attname) || ' ' "
            + "|| format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attcollation <> at.typcollation "
            + "THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END, ', ' ORDER BY a.attnum) "
            + "FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid "
            + "WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END AS \"attributes\", "
            + "CASE WHEN t.typtype = 'r' THEN (SELECT 'SUBTYPE = ' || format_type(r.rngsubtype, NULL) "
            + "|| coalesce(', COLLATION = ' || nullif(r.rngcollation, 0)::regcollation::text, '') "
            + "|| ', SUBTYPE_OPCLASS = ' || (SELECT quote_ident(o.opcname) FROM pg_opclass o WHERE o.oid = r.rngsubopc) "
            + "|| CASE WHEN r.rngcanonical <> 0 THEN ', CANONICAL = ' || r.rngcanonical::regproc::text ELSE '' END "
            + "|| CASE WHEN r.rngsubdiff <> 0 THEN ', SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text ELSE '' END "
            + (version >= 140000 ? "|| ', MULTIRANGE_TYPE_NAME = ' || format_type(r.rngmultitypid, NULL) " : "")
            + "FROM pg_range r WHERE r.rngtypid = t.oid) END AS \"range\", "
            + "CASE WHEN t.typtype = 'b' THEN concat_ws(', ', 'INPUT = ' || t.typinput::text, "
            + "'OUTPUT = ' || t.typoutput::text, 'RECEIVE = ' || nullif(t.typreceive::oid, 0)::regproc::text, "
            + "'SEND = ' || nullif(t.typsend::oid, 0)::regproc::text, "
            + "'TYPMOD_IN = ' || nullif(t.typmodin::oid, 0)::regproc::text, "
            + "'TYPMOD_OUT = ' || nullif(t.typmodout::oid, 0)::regproc::text, "
            + "'ANALYZE = ' || nullif(t.typanalyze::oid, 0)::regproc::text, "
            + "'INTERNALLENGTH = ' || t.typlen, CASE WHEN t.typbyval THEN 'PASSEDBYVALUE' END, "
            + "'ALIGNMENT = ' || t.typalign::text, 'STORAGE = ' || t.typstorage::text, 'CATEGORY = ' || t.typcategory::text, "
            + "CASE WHEN t.typispreferred THEN 'PREFERRED' END, 'DELIMITER = ' || t.typdelim::text, "
            + "'ELEMENT = ' || format_type(nullif(t.typelem, 0), NULL)) END AS \"definition\", "
            + "obj_description(t.oid, 'pg_type') AS \"comment\" "
            + "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE " + ns("n") + " AND t.typtype IN ('b', 'c', 'd', 'e', 'r', 'm') "
            + "AND (t.typtype <> 'c' OR EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')) "
            + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid "
            + "AND d.deptype IN ('e', 'i'))");

        // domain constraints (NOT NULL is the domain's own attribute)
        q.add("SELECT 'type ' || " + qn("t.typname") + " || '/constraint ' || quote_ident(con.conname), "
            + "'domain constraint', quote_ident(con.conname) || ' on domain ' || " + qn("t.typname") + ", "
            + "'type ' || " + qn("t.typname") + ", "
            + "pg_get_constraintdef(con.oid, true) AS \"definition\", "
            + "obj_description(con.oid, 'pg_constraint') AS \"comment\" "
            + "FROM pg_constraint con JOIN pg_type t ON t.oid = con.contypid "
            + "JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE con.contypid <> 0 AND con.contype <> 'n' AND " + ns("n") + " AND " + notExt("pg_type", "t.oid"));

        // relations: tables, partitioned tables, foreign tables, views, materialized views
        q.add("SELECT 'relation ' || " + relName + ", "
            + "CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'f' THEN 'foreign table' "
            + "WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' END, " + relName + ", NULL, "
            + "CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' "
            + "WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' END AS \"kind\", "
            + "CASE c.relpersistence WHEN 'u' THEN 'UNLOGGED' WHEN 't' THEN 'TEMPORARY' END AS \"persistence\", "
            + "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS \"partition key\", "
            + "CASE WHEN c.relispartition THEN (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname) "
            + "FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace "
            + "WHERE i.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid, true) END AS \"partition of\", "
            + "CASE WHEN NOT c.relispartition THEN (SELECT string_agg(quote_ident(pn.nspname) || '.' "
            + "|| quote_ident(p.relname), ', ' ORDER BY i.inhseqno) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent "
            + "JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid) END AS \"inherits\", "
            + sorted("c.reloptions") + " AS \"storage parameters\", "
            + "CASE WHEN am.amname <> 'heap' THEN am.amname END AS \"access method\", "
            + "ts.spcname AS \"tablespace\", "
            + "CASE WHEN c.relrowsecurity THEN 'ENABLE ROW LEVEL SECURITY' END AS \"row level security\", "
            + "CASE WHEN c.relforcerowsecurity THEN 'FORCE ROW LEVEL SECURITY' END AS \"forced row level security\", "
            + "CASE WHEN c.relkind IN ('r', 'p') THEN CASE c.relreplident WHEN 'n' THEN 'NOTHING' WHEN 'f' THEN 'FULL' "
            + "WHEN 'i' THEN 'USING INDEX ' || (SELECT quote_ident(ic.relname) FROM pg_index x "
            + "JOIN pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident) END "
            + "END AS \"replica identity\", "
            + "CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS \"definition\", "
            // whether a materialized view holds data is data (pg_dump --schema-only writes every one WITH NO DATA)
            + "CASE WHEN c.relkind = 'f' THEN (SELECT quote_ident(fs.srvname) || coalesce(' OPTIONS (' "
            + "|| array_to_string(ft.ftoptions, ', ') || ')', '') FROM pg_foreign_table ft "
            + "JOIN pg_foreign_server fs ON fs.oid = ft.ftserver WHERE ft.ftrelid = c.oid) END AS \"server\", "
            + "obj_description(c.oid, 'pg_class') AS \"comment\" "
            + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_am am ON am.oid = c.relam "
            + "LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace "
            + "WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm') AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));

        // columns of those relations
        q.add("SELECT 'relation ' || " + relName + " || '/column ' || quote_ident(a.attname), 'column', "
            + relName + " || '.' || quote_ident(a.attname), 'relation ' || " + relName + ", "
            + "format_type(a.atttypid, a.atttypmod) AS \"type\", "
            + "CASE WHEN a.attnotnull THEN 'NOT NULL' WHEN c.relkind IN ('r', 'p', 'f') THEN 'nullable' END "
            + "AS \"nullability\", "
            + "CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid, true) END AS \"default\", "
            + "CASE a.attidentity WHEN 'a' THEN 'GENERATED ALWAYS AS IDENTITY' "
            + "WHEN 'd' THEN 'GENERATED BY DEFAULT AS IDENTITY' END || (SELECT ' (' || concat_ws(' ', "
            + "'START WITH ' || s.seqstart, 'INCREMENT BY ' || s.seqincrement, 'MINVALUE ' || s.seqmin, "
            + "'MAXVALUE ' || s.seqmax, 'CACHE ' || s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' END) || ')' "
            + "FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid WHERE d.classid = 'pg_class'::regclass "
            + "AND d.refclassid = 'pg_class'::regclass AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum "
            + "AND d.deptype = 'i') AS \"identity\", "
            + "CASE a.attgenerated WHEN 's' THEN 'GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid, true) "
            + "|| ') STORED' WHEN 'v' THEN 'GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid, true) "
            + "|| ') VIRTUAL' END AS \"generated\", "
            + "CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END AS \"collation\", "
            + "CASE WHEN a.attstorage <> t.typstorage THEN CASE a.attstorage WHEN 'p' THEN 'PLAIN' "
            + "WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' WHEN 'x' THEN 'EXTENDED' END END AS \"storage\", "
            + (version >= 140000 ? "CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END "
                : "NULL::text ") + "AS \"compression\", "
            + "CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::text END AS \"statistics\", "
            + sorted("a.attoptions") + " AS \"options\", "
            + "array_to_string(a.attfdwoptions, ', ') AS \"foreign options\", "
            + "col_description(a.attrelid, a.attnum) AS \"comment\" "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "JOIN pg_type t ON t.oid = a.atttypid "
            + "LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
            + "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND " + ns("n")
            + " AND " + notExt("pg_class", "c.oid"));

        // table constraints (NOT NULL is the column's nullability; constraint triggers are triggers)
        q.add("SELECT 'relation ' || " + relName + " || '/constraint ' || quote_ident(con.conname), "
            + "CASE con.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique constraint' "
            + "WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check constraint' WHEN 'x' THEN 'exclusion constraint' "
            + "ELSE 'constraint' END, quote_ident(con.conname) || ' on ' || " + relName + ", "
            + "'relation ' || " + relName + ", "
            + "pg_get_constraintdef(con.oid, true) AS \"definition\", "
            + "(SELECT ts.spcname FROM pg_class ic JOIN pg_tablespace ts ON ts.oid = ic.reltablespace "
            + "WHERE ic.oid = con.conindid AND con.contype IN ('p', 'u', 'x')) AS \"index tablespace\", "
            + "obj_description(con.oid, 'pg_constraint') AS \"comment\" "
            + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE con.contype NOT IN ('n', 't') AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));

        // indexes, except those that a primary key, unique or exclusion constraint owns
        q.add("SELECT 'index ' || " + qn("ic.relname") + ", 'index', " + qn("ic.relname") + ", "
            + "'relation ' || quote_ident(tn.nspname) || '.' || quote_ident(tc.relname), "
            // storage parameters are a set: their order, which pg_get_indexdef keeps, is no difference
            + "replace(pg_get_indexdef(i.indexrelid, 0, true), coalesce(' WITH (' || (SELECT string_agg(quote_ident("
            + "split_part(o, '=', 1)) || '=' || quote_literal(substr(o, strpos(o, '=') + 1)), ', ') "
            + "FROM unnest(ic.reloptions) o) || ')', ''), '') AS \"definition\", "
            + sorted("ic.reloptions") + " AS \"storage parameters\", "
            + "CASE WHEN NOT i.indisvalid THEN 'INVALID (left by a failed CREATE INDEX CONCURRENTLY?)' END "
            + "AS \"validity\", "
            + "CASE WHEN i.indisclustered THEN 'CLUSTER ON' END AS \"clustered\", "
            // statistics targets of expression keys (NULL or -1: the default)
            + "(SELECT string_agg(a.attnum || ' SET STATISTICS ' || a.attstattarget, ', ' ORDER BY a.attnum) "
            + "FROM pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attstattarget >= 0) AS \"key statistics\", "
            + "ts.spcname AS \"tablespace\", "
            + "obj_description(ic.oid, 'pg_class') AS \"comment\" "
            + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace "
            + "JOIN pg_class tc ON tc.oid = i.indrelid JOIN pg_namespace tn ON tn.oid = tc.relnamespace "
            + "LEFT JOIN pg_tablespace ts ON ts.oid = ic.reltablespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_class", "tc.oid") + " AND NOT EXISTS (SELECT 1 FROM "
            + "pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid "
            + "AND k.contype IN ('p', 'u', 'x'))");

        // sequences (identity sequences belong to their column)
        q.add("SELECT 'relation ' || " + relName + ", 'sequence', " + relName + ", NULL, "
            + "'sequence' AS \"kind\", "
            + "format_type(s.seqtypid, NULL) AS \"type\", s.seqstart::text AS \"start\", "
            + "s.seqincrement::text AS \"increment\", s.seqmin::text AS \"minvalue\", s.seqmax::text AS \"maxvalue\", "
            + "s.seqcache::text AS \"cache\", CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END AS \"cycle\", "
            + "CASE c.relpersistence WHEN 'u' THEN 'UNLOGGED' END AS \"persistence\", "
            + "(SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname) || '.' || quote_ident(a.attname) "
            + "FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = tc.relnamespace "
            + "JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
            + "WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass "
            + "AND d.deptype = 'a') AS \"owned by\", "
            + "obj_description(c.oid, 'pg_class') AS \"comment\" "
            + "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_class", "c.oid") + " AND NOT EXISTS (SELECT 1 FROM pg_depend d "
            + "WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')");

        // functions, procedures, aggregates
        q.add("SELECT 'function ' || " + qn("p.proname") + " || '(' || pg_get_function_identity_arguments(p.oid) "
            + "|| ')', CASE p.prokind WHEN 'f' THEN 'function' WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' "
            + "WHEN 'w' THEN 'window function' END, "
            + qn("p.proname") + " || '(' || pg_get_function_identity_arguments(p.oid) || ')', NULL, "
            + "CASE p.prokind WHEN 'f' THEN 'function' WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' "
            + "WHEN 'w' THEN 'window function' END AS \"kind\", "
            + "CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS \"definition\", "
            + "CASE WHEN p.prokind = 'a' THEN (SELECT 'RETURNS ' || pg_get_function_result(p.oid) "
            + "|| ', STYPE = ' || format_type(ag.aggtranstype, NULL) "
            + "|| coalesce(', MSTYPE = ' || format_type(nullif(ag.aggmtranstype, 0), NULL), '') "
            + "|| coalesce(', SORTOP = ' || nullif(ag.aggsortop, 0)::regoperator::text, '') "
            + "|| ', PARALLEL = ' || p.proparallel::text || ', ' "
            + "|| (jsonb_strip_nulls(to_jsonb(ag) - 'aggfnoid' - 'aggtranstype' - 'aggmtranstype' - 'aggsortop'))::text "
            + "FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid) END AS \"aggregate\", "
            + "obj_description(p.oid, 'pg_proc') AS \"comment\" "
            + "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_proc", "p.oid"));

        // triggers (constraint triggers included; internal ones, such as foreign keys', left out)
        q.add("SELECT 'relation ' || " + relName + " || '/trigger ' || quote_ident(tg.tgname), "
            + "CASE WHEN tg.tgconstraint <> 0 THEN 'constraint trigger' ELSE 'trigger' END, "
            + "quote_ident(tg.tgname) || ' on ' || " + relName + ", 'relation ' || " + relName + ", "
            + "pg_get_triggerdef(tg.oid, true) AS \"definition\", "
            + "CASE tg.tgenabled WHEN 'D' THEN 'DISABLED' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' "
            + "END AS \"enabled\", "
            + "obj_description(tg.oid, 'pg_trigger') AS \"comment\" "
            + "FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE NOT tg.tgisinternal AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));

        // row-level security policies
        q.add("SELECT 'relation ' || " + relName + " || '/policy ' || quote_ident(pol.polname), 'policy', "
            + "quote_ident(pol.polname) || ' on ' || " + relName + ", 'relation ' || " + relName + ", "
            + "CASE WHEN pol.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END AS \"as\", "
            + "CASE pol.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' "
            + "WHEN 'd' THEN 'DELETE' WHEN '*' THEN 'ALL' END AS \"for\", "
            + "(SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)::text) END, ', ' "
            + "ORDER BY 1) FROM unnest(pol.polroles) r) AS \"to\", "
            + "pg_get_expr(pol.polqual, pol.polrelid, true) AS \"using\", "
            + "pg_get_expr(pol.polwithcheck, pol.polrelid, true) AS \"with check\", "
            + "obj_description(pol.oid, 'pg_policy') AS \"comment\" "
            + "FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_class", "c.oid"));

        // rules (a view's own _RETURN rule is its definition)
        q.add("SELECT 'relation ' || " + relName + " || '/rule ' || quote_ident(r.rulename), 'rule', "
            + "quote_ident(r.rulename) || ' on ' || " + relName + ", 'relation ' || " + relName + ", "
            + "pg_get_ruledef(r.oid, true) AS \"definition\", "
            + enabled("r.ev_enabled") + " AS \"enabled\", "
            + "obj_description(r.oid, 'pg_rewrite') AS \"comment\" "
            + "FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE r.rulename <> '_RETURN' AND " + ns("n") + " AND " + notExt("pg_class", "c.oid"));

        // extended statistics
        q.add("SELECT 'statistics ' || " + qn("s.stxname") + ", 'statistics object', " + qn("s.stxname") + ", NULL, "
            + "pg_get_statisticsobjdef(s.oid) AS \"definition\", "
            + "CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget::text END AS \"statistics target\", "
            + "obj_description(s.oid, 'pg_statistic_ext') AS \"comment\" "
            + "FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_statistic_ext", "s.oid"));

        // collations
        q.add("SELECT 'collation ' || " + qn("co.collname") + ", 'collation', " + qn("co.collname") + ", NULL, "
            + "(jsonb_strip_nulls(to_jsonb(co) - 'oid' - 'collname' - 'collnamespace' - 'collowner' - 'collversion'))::text "
            + "AS \"definition\", obj_description(co.oid, 'pg_collation') AS \"comment\" "
            + "FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace "
            + "WHERE " + ns("n") + " AND " + notExt("pg_collation", "co.oid"));

        // event triggers
        q.add("SELECT 'event trigger ' || quote_ident(e.evtname), 'event trigger', quote_ident(e.evtname), NULL, "
            + "e.evtevent AS \"event\", e.evtfoid::regprocedure::text AS \"function\", "
            + "array_to_string(e.evttags, ', ') AS \"tags\", "
            + "CASE e.evtenabled WHEN 'D' THEN 'DISABLED' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' "
            + "END AS \"enabled\", obj_description(e.oid, 'pg_event_trigger') AS \"comment\" "
            + "FROM pg_event_trigger e WHERE " + notExt("pg_event_trigger", "e.oid"));

        // publications
        q.add("SELECT 'publication ' || quote_ident(p.pubname), 'publication', quote_ident(p.pubname), NULL, "
            + "(to_jsonb(p) - 'oid' - 'pubname' - 'pubowner')::text AS \"options\", "
            + "(SELECT string_agg(quote_ident(pt.schemaname) || '.' || quote_ident(pt.tablename), ', ' ORDER BY 1) "
            + "FROM pg_publication_tables pt WHERE pt.pubname = p.pubname) AS \"tables\", "
            + "obj_description(p.oid, 'pg_publication') AS \"comment\" FROM pg_publication p");

        // everything else a schema can hold: by the server's own identity of it, with its comment
        q.add("SELECT 'other ' || x.type || ' ' || x.identity, x.type, x.identity, NULL, "
            + "(SELECT d.description FROM pg_description d WHERE d.classoid = o.classid AND d.objoid = o.objid "
            + "AND d.objsubid = 0) AS \"comment\" FROM ("
            + "SELECT 'pg_operator'::regclass::oid AS classid, oid AS objid FROM pg_operator WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_opclass'::regclass::oid, oid FROM pg_opclass WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_opfamily'::regclass::oid, oid FROM pg_opfamily WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_cast'::regclass::oid, oid FROM pg_cast WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_conversion'::regclass::oid, oid FROM pg_conversion WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_language'::regclass::oid, oid FROM pg_language WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_transform'::regclass::oid, oid FROM pg_transform WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_ts_config'::regclass::oid, oid FROM pg_ts_config WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_ts_dict'::regclass::oid, oid FROM pg_ts_dict WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_ts_parser'::regclass::oid, oid FROM pg_ts_parser WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_ts_template'::regclass::oid, oid FROM pg_ts_template WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_am'::regclass::oid, oid FROM pg_am WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_foreign_data_wrapper'::regclass::oid, oid FROM pg_foreign_data_wrapper WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_foreign_server'::regclass::oid, oid FROM pg_foreign_server WHERE oid >= 16384 "
            + "UNION ALL SELECT 'pg_user_mapping'::regclass::oid, oid FROM pg_user_mapping WHERE oid >= 16384"
            + ") o, LATERAL pg_identify_object(o.classid, o.objid, 0) x "
            + "WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.classid "
            + "AND d.objid = o.objid AND d.deptype IN ('e', 'i'))");
        return q;
    }
}
