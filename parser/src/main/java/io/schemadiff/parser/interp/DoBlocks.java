package io.schemadiff.parser.interp;

import io.schemadiff.model.CompositeType;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DO blocks the parser could read (see {@code DoBlockReader}): plain statements, run one after the other with the
 * errors the block catches ending it; and statements run only if the catalog has (or lacks) a row, which the model
 * answers for what it holds.
 */
final class DoBlocks {
    /** How the statements of a block are applied: as any statement. */
    interface Statements {
        void apply(Source src, Ddl ddl);
    }

    private final WorkingCatalog cat;
    private final Statements statements;

    DoBlocks(WorkingCatalog cat, Statements statements) {
        this.cat = cat;
        this.statements = statements;
    }

    /**
     * A DO block that asks a catalog whether something exists ({@code IF NOT EXISTS (SELECT … FROM pg_type …)}) and
     * then runs statements: run when the model answers as the block wants, reported when the model cannot answer.
     */
    void conditional(Source src, Ddl.Conditional cd) {
        if (noEffect(cd.then())) {
            return; // whatever the answer, nothing of the schema happens
        }
        Optional<Boolean> found = catalogHas(cd.catalog(), cd.where());
        if (found.isEmpty()) {
            cat.warnAt(cd.at(), "not modeled yet, ignored: DO block asking " + cd.catalog() + " " + cd.where().keySet()
                + " (its effects cannot be read without running it)");
        } else if (found.get() == cd.exists()) {
            block(src, cd.then());
        }
    }

    /**
     * A DO block of plain statements: run one after the other; an error the block catches (an object that exists
     * already, for duplicate_object and its kin; anything, for OTHERS) ends it, as the server's does, and is no
     * error. What the statements before it did would be rolled back by the server: a block that fails after its
     * first statement is reported.
     */
    void block(Source src, Ddl.Block b) {
        for (int i = 0; i < b.statements().size(); i++) {
            try {
                statements.apply(src, b.statements().get(i));
            } catch (InputError e) {
                boolean caught = b.caught().contains("others") || duplicateCondition(e.reason())
                    .map(b.caught()::contains).orElse(false);
                if (!caught) {
                    throw e;
                }
                if (i > 0) {
                    cat.warnAt(b.at(), "not modeled yet: DO block whose statement " + (i + 1)
                        + " fails (the server rolls back "
                        + "the statements before it; they are kept here)");
                }
                return;
            }
        }
    }

    /** Whether statements leave the schema as it is (none, or only cluster-wide ones). */
    private static boolean noEffect(Ddl d) {
        if (d instanceof Ddl.Block b) {
            return b.statements().stream().allMatch(DoBlocks::noEffect);
        }
        if (d instanceof Ddl.Each e) {
            return e.statements().stream().allMatch(DoBlocks::noEffect);
        }
        return d instanceof Ignored;
    }

    /**
     * The condition name of an "already exists" error, as the server raises it: a relation's duplicate_table, a
     * schema's duplicate_schema, a function's duplicate_function, a column's duplicate_column, others'
     * duplicate_object.
     */
    private static Optional<String> duplicateCondition(String reason) {
        if (!reason.contains("already exists")) {
            return Optional.empty();
        }
        if (reason.startsWith("relation ")) {
            return Optional.of("duplicate_table");
        }
        if (reason.startsWith("schema ")) {
            return Optional.of("duplicate_schema");
        }
        if (reason.startsWith("function ") || reason.startsWith("procedure ")) {
            return Optional.of("duplicate_function");
        }
        if (reason.startsWith("column ")) {
            return Optional.of("duplicate_column");
        }
        return Optional.of("duplicate_object");
    }

    /**
     * Whether the model holds a row a DO block asks a catalog for ({@code pg_type} by {@code typname}, …); empty for
     * a question it cannot answer.
     */
    private Optional<Boolean> catalogHas(String catalog, Map<String, String> where) {
        String asked = catalog.startsWith("pg_catalog.") ? catalog.substring("pg_catalog.".length()) : catalog;
        Predicate<ObjectId> inSchema = id -> {
            String s = where.getOrDefault("nspname", where.getOrDefault("table_schema",
                where.getOrDefault("schemaname", where.get("typnamespace"))));
            return s == null || id.schema().equals(s);
        };
        // names the model cannot vouch for: the server's own objects, and what it makes beside a user's (array
        // types, multiranges, a table's row type in pg_type)
        Predicate<String> unsure = n -> n.startsWith("pg_") || n.startsWith("_")
            || n.endsWith("multirange") || Builtins.isFunction(n) || isBuiltinTypeName(n);
        switch (asked) {
            case "pg_type" -> {
                String n = where.get("typname");
                if (n == null || where.size() > 2 || unsure.test(n)) {
                    return Optional.empty();
                }
                return Optional.of(cat.objects().keySet().stream().anyMatch(id -> id.name().equals(n)
                    && inSchema.test(id)
                    && (id.kind() == ObjectKind.TYPE || id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW
                    || id.kind() == ObjectKind.MATERIALIZED_VIEW)));
            }
            case "pg_class", "information_schema.tables", "pg_tables", "pg_views", "pg_indexes", "pg_matviews" -> {
                String n = where.getOrDefault("relname", where.getOrDefault("table_name", where.getOrDefault(
                    "tablename", where.getOrDefault("viewname", where.getOrDefault("indexname",
                        where.get("matviewname"))))));
                if (n == null || unsure.test(n)) {
                    return Optional.empty();
                }
                // each catalog holds some kinds of relation only (pg_class all, a composite type's too)
                Set<ObjectKind> kinds = switch (asked) {
                    case "information_schema.tables" -> Set.of(ObjectKind.TABLE, ObjectKind.VIEW);
                    case "pg_tables" -> Set.of(ObjectKind.TABLE);
                    case "pg_views" -> Set.of(ObjectKind.VIEW);
                    case "pg_matviews" -> Set.of(ObjectKind.MATERIALIZED_VIEW);
                    case "pg_indexes" -> Set.of(ObjectKind.INDEX);
                    default -> Set.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
                        ObjectKind.INDEX, ObjectKind.SEQUENCE);
                };
                boolean keysToo = asked.equals("pg_class") || asked.equals("pg_indexes");
                return Optional.of(cat.objects().entrySet().stream().anyMatch(e -> e.getKey().name().equals(n)
                    && inSchema.test(e.getKey()) && (kinds.contains(e.getKey().kind()) || asked.equals("pg_class")
                    && e.getValue() instanceof CompositeType))
                    || keysToo && cat.objects().values().stream().anyMatch(o -> o instanceof TableState t
                    && t.constraints.get(n) != null && !(t.constraints.get(n) instanceof Constraint.Check)
                    && !(t.constraints.get(n) instanceof Constraint.ForeignKey) && inSchema.test(t.id())));
            }
            case "pg_constraint", "information_schema.table_constraints" -> {
                String n = where.getOrDefault("conname", where.get("constraint_name"));
                if (n == null) {
                    return Optional.empty();
                }
                return Optional.of(cat.objects().values().stream().anyMatch(o -> o instanceof TableState t
                    && t.constraints.containsKey(n) && inSchema.test(t.id())));
            }
            case "pg_namespace", "information_schema.schemata" -> {
                String n = where.getOrDefault("nspname", where.get("schema_name"));
                return n == null ? Optional.empty() : Optional.of(cat.schemaExists(n));
            }
            case "pg_extension" -> {
                String n = where.get("extname");
                return n == null ? Optional.empty() : Optional.of(cat.has(ObjectId.extension(n)));
            }
            case "pg_proc" -> {
                String n = where.get("proname");
                return n == null || unsure.test(n) ? Optional.empty()
                    : Optional.of(cat.objects().keySet().stream().anyMatch(id ->
                    id.kind() == ObjectKind.FUNCTION && id.name().equals(n)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static boolean isBuiltinTypeName(String n) {
        return Set.of("int", "int2", "int4", "int8", "integer", "smallint", "bigint", "text", "varchar", "char",
            "bool", "boolean", "numeric", "float4", "float8", "real", "date", "time", "timestamp", "timestamptz",
            "interval", "json", "jsonb", "uuid", "bytea", "inet", "cidr", "macaddr", "money", "oid", "name", "xml",
            "bit", "varbit", "tsvector", "tsquery", "point", "line", "box", "circle", "polygon", "path", "record",
            "void", "trigger", "regclass", "regtype").contains(n);
    }
}
