package io.schemadiff.parser.ddl;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.Constraint.Deferrability;
import io.schemadiff.model.Constraint.ForeignKey.Action;
import io.schemadiff.model.Constraint.ForeignKey.MatchType;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Statements as parsed, before the interpreter resolves their names. Each record is one statement form of
 * PostgreSQL's grammar (or one action of ALTER TABLE); {@code at} is a source offset for messages.
 */
public sealed interface Ddl {

    /** A possibly qualified name as written, with the offset of its first token. */
    record Name(List<String> parts, int at) {
        public Name {
            parts = List.copyOf(parts);
        }

        public String last() {
            return parts.get(parts.size() - 1);
        }

        @Override
        public String toString() {
            return String.join(".", parts);
        }
    }

    /** An expression with the author's text of it. */
    record ExprText(Expr expr, String text, int at) {}

    // ------------------------------------------------------------------ schemas, extensions

    record CreateSchema(String name, boolean ifNotExists, Optional<String> authorization, int at) implements Ddl {}

    record CreateExtension(String name, boolean ifNotExists, Optional<String> schema, int at) implements Ddl {}

    // ------------------------------------------------------------------ tables

    /** {@code unsupported}: clauses of the statement the model does not hold yet, reported as warnings. */
    /**
     * {@code CREATE TABLE}. For {@code PARTITION OF}, {@code columns} hold the partition's own column options
     * ({@code col WITH OPTIONS DEFAULT 1}) with no type.
     */
    record CreateTable(Name name, boolean ifNotExists, boolean unlogged, List<ColumnDef> columns,
                       List<TableConstraint> constraints, List<UnsupportedAction> unsupported, List<String> options,
                       Optional<PartitionKey> partitionBy, Optional<PartitionOfSpec> partitionOf, List<Name> inherits,
                       List<Like> likes, int at) implements Ddl {}

    /**
     * {@code LIKE source INCLUDING … EXCLUDING …} among a table's elements, before the column at {@code position};
     * {@code including} holds what is copied (COMMENTS, COMPRESSION, CONSTRAINTS, DEFAULTS, GENERATED, IDENTITY,
     * INDEXES, STATISTICS, STORAGE), the options applied left to right.
     */
    record Like(Name source, Set<String> including, int position, int at) {}

    /** {@code CREATE EVENT TRIGGER name ON event [WHEN TAG IN (…)] EXECUTE FUNCTION f()}. */
    record CreateEventTrigger(String name, String event, List<String> tags, Name function, int at) implements Ddl {}

    /** {@code ALTER EVENT TRIGGER name ENABLE [REPLICA | ALWAYS] | DISABLE | RENAME TO …}. */
    record AlterEventTrigger(String name, Optional<Character> enabled, Optional<String> rename, int at)
        implements Ddl {}

    /** A table of a publication: {@code [ONLY] t [(columns)] [WHERE (…)]}. */
    record PublicationTable(Name table, List<String> columns, Optional<ExprText> where) {}

    /**
     * {@code CREATE PUBLICATION} ({@code action} "create") or {@code ALTER PUBLICATION … ADD | SET | DROP …}
     * ("add", "set", "drop"), {@code … SET (options)} ("options"), {@code … RENAME TO} ("rename").
     */
    record Publication(String name, String action, boolean allTables, List<PublicationTable> tables,
                       List<String> schemas, List<String> options, Optional<String> rename, int at) implements Ddl {}

    /** {@code CREATE TABLE name [(columns)] AS query [WITH [NO] DATA]}: a table with the query's columns. */
    record CreateTableAs(Name name, boolean ifNotExists, boolean unlogged, List<String> columns, QueryText query,
                         int at) implements Ddl {}

    /** {@code PARTITION BY RANGE | LIST | HASH (…)}; {@code text} is the author's, strategy and list. */
    record PartitionKey(String strategy, List<IndexElem> elems, String text, int at) {}

    /**
     * A partition bound: {@code kind} is default, in, range or hash; {@code values} the IN list, or FROM then TO
     * ({@code split} of them FROM); MINVALUE and MAXVALUE are names.
     */
    record PartitionBound(String kind, List<ExprText> values, int split, int modulus, int remainder, String text,
                          int at) {}

    record PartitionOfSpec(Name parent, PartitionBound bound) {}

    record ColumnDef(String name, RawType type, Optional<Name> collation, List<ColumnConstraint> constraints, int at) {}

    sealed interface ColumnConstraint {}

    record NotNull(Optional<String> name) implements ColumnConstraint {}

    record Nullable() implements ColumnConstraint {}

    record Default(ExprText value) implements ColumnConstraint {}

    /** {@code STORAGE x} / {@code COMPRESSION x} in a column definition (lower case). */
    record StorageClause(String storage) implements ColumnConstraint {}

    record CompressionClause(String method) implements ColumnConstraint {}

    /** {@code GENERATED ALWAYS AS (…) STORED | VIRTUAL} (VIRTUAL when neither is written: PostgreSQL 18). */
    record Generated(ExprText value, boolean virtual) implements ColumnConstraint {}

    record IdentitySpec(boolean always, SequenceSpec options) implements ColumnConstraint {}

    /** A key or check written on a column: {@code body} with the column as its only column. */
    record ColumnKey(TableConstraint constraint) implements ColumnConstraint {}

    record TableConstraint(Optional<String> name, ConstraintBody body, Deferrability deferrability, boolean notValid,
                           int at, boolean notEnforced) {
        public TableConstraint(Optional<String> name, ConstraintBody body, Deferrability deferrability,
                               boolean notValid, int at) {
            this(name, body, deferrability, notValid, at, false);
        }
    }

    sealed interface ConstraintBody {}

    /** {@code withoutOverlaps}: the last column is {@code WITHOUT OVERLAPS} (PostgreSQL 18). */
    record PrimaryKeyBody(List<String> columns, List<String> include, boolean withoutOverlaps)
        implements ConstraintBody {
        public PrimaryKeyBody(List<String> columns, List<String> include) {
            this(columns, include, false);
        }
    }

    /** {@code EXCLUDE [USING method] (elem WITH op, …) [INCLUDE (…)] [WHERE (…)]}; operators as written. */
    record ExcludeBody(String method, List<IndexElem> elems, List<String> operators, List<String> include,
                       Optional<ExprText> where) implements ConstraintBody {}

    record UniqueBody(List<String> columns, List<String> include, boolean nullsNotDistinct, boolean withoutOverlaps)
        implements ConstraintBody {
        public UniqueBody(List<String> columns, List<String> include, boolean nullsNotDistinct) {
            this(columns, include, nullsNotDistinct, false);
        }
    }

    record CheckBody(ExprText expr, boolean noInherit) implements ConstraintBody {}

    /** {@code columns} empty for a column constraint (it is then that column). */
    /** {@code period}: the last column on both sides is {@code PERIOD} (PostgreSQL 18 temporal keys). */
    record ForeignKeyBody(List<String> columns, Name table, List<String> referencedColumns, MatchType match,
                          Action onDelete, List<String> onDeleteColumns, Action onUpdate, boolean period)
        implements ConstraintBody {
        public ForeignKeyBody(List<String> columns, Name table, List<String> referencedColumns, MatchType match,
                              Action onDelete, List<String> onDeleteColumns, Action onUpdate) {
            this(columns, table, referencedColumns, match, onDelete, onDeleteColumns, onUpdate, false);
        }
    }

    /** {@code CONSTRAINT name NOT NULL column} (PostgreSQL 18 catalogs not-null constraints by name). */
    record NotNullBody(String column) implements ConstraintBody {}

    /** {@code ADD CONSTRAINT … PRIMARY KEY | UNIQUE USING INDEX idx}. */
    record UsingIndexBody(boolean primaryKey, String index) implements ConstraintBody {}

    /** {@code ALTER TABLE [ONLY] name …}: with {@code only}, column changes do not recurse to children. */
    record AlterTable(Name name, boolean ifExists, boolean only, List<AlterAction> actions, int at) implements Ddl {
        public AlterTable(Name name, boolean ifExists, List<AlterAction> actions, int at) {
            this(name, ifExists, false, actions, at);
        }
    }

    /** {@code ALTER INDEX parent ATTACH PARTITION child}. */
    record AttachIndex(Name parent, Name child, int at) implements Ddl {}

    sealed interface AlterAction {}

    record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction {}

    record DropColumn(String column, boolean ifExists, boolean cascade, int at) implements AlterAction {}

    record AlterColumnType(String column, RawType type, Optional<Name> collation, Optional<ExprText> using, int at)
        implements AlterAction {}

    record SetDefault(String column, ExprText value, int at) implements AlterAction {}

    record DropDefault(String column, int at) implements AlterAction {}

    record SetNotNull(String column, int at) implements AlterAction {}

    record DropNotNull(String column, int at) implements AlterAction {}

    record AddIdentity(String column, IdentitySpec identity, int at) implements AlterAction {}

    /** {@code ALTER COLUMN … SET GENERATED …} and sequence options of an identity column. */
    record SetIdentity(String column, Optional<Boolean> always, SequenceSpec options, int at) implements AlterAction {}

    record DropIdentity(String column, boolean ifExists, int at) implements AlterAction {}

    record AddConstraint(TableConstraint constraint) implements AlterAction {}

    record DropConstraint(String name, boolean ifExists, int at) implements AlterAction {}

    record ValidateConstraint(String name, int at) implements AlterAction {}

    record RenameColumn(String from, String to, int at) implements AlterAction {}

    /** {@code ATTACH PARTITION child FOR VALUES … | DEFAULT}. */
    record AttachPartition(Name child, PartitionBound bound, int at) implements AlterAction {}

    /** {@code DETACH PARTITION child [CONCURRENTLY]} ({@code FINALIZE} is not read as one). */
    record DetachPartition(Name child, int at, boolean concurrently) implements AlterAction {
        public DetachPartition(Name child, int at) {
            this(child, at, false);
        }
    }

    /** {@code INHERIT parent} / {@code NO INHERIT parent}. */
    record Inherit(Name parent, boolean add, int at) implements AlterAction {}

    /** {@code SET (name = value, …)} / {@code RESET (name, …)} of a table's storage parameters. */
    record TableOptions(List<String> set, List<String> reset) implements AlterAction {}

    /**
     * {@code ALTER COLUMN c SET STATISTICS n | SET STORAGE x | SET COMPRESSION x | SET (o = v, …) | RESET (o, …)}:
     * {@code what} is statistics, storage, compression, set or reset; {@code value} the first two's value (lower
     * case), {@code options} the last two's ({@code name=value} or names).
     */
    record ColumnSetting(String column, String what, String value, List<String> options, int at)
        implements AlterAction {}

    record RenameConstraint(String from, String to, int at) implements AlterAction {}

    record RenameTo(String to) implements AlterAction {}

    record SetSchema(String schema) implements AlterAction {}

    record SetLogged(boolean logged) implements AlterAction {}

    /** An action that changes nothing the model holds (OWNER TO, SET STATISTICS, CLUSTER ON …). */
    record IgnoredAction(String what) implements AlterAction {}

    /** A valid action the model does not hold yet: reported as a warning. */
    record UnsupportedAction(String what, int at) implements AlterAction {}

    // ------------------------------------------------------------------ indexes, sequences, types, views

    record IndexElem(Optional<String> column, Optional<ExprText> expression, Optional<Name> collation,
                     Optional<String> opclass, boolean descending, Optional<Boolean> nullsFirst) {}

    /** {@code concurrently}: {@code CREATE INDEX CONCURRENTLY} (the same index, built without blocking writes). */
    record CreateIndex(Optional<String> name, Name table, boolean unique, boolean ifNotExists, String method,
                       List<IndexElem> keys, List<String> include, Optional<ExprText> where, boolean nullsNotDistinct,
                       List<String> parameters, boolean only, int at, boolean concurrently) implements Ddl {
        public CreateIndex(Optional<String> name, Name table, boolean unique, boolean ifNotExists, String method,
                           List<IndexElem> keys, List<String> include, Optional<ExprText> where,
                           boolean nullsNotDistinct, List<String> parameters, boolean only, int at) {
            this(name, table, unique, ifNotExists, method, keys, include, where, nullsNotDistinct, parameters, only, at,
                false);
        }
    }

    /** Options of CREATE / ALTER SEQUENCE and of identity columns; null fields were not given. */
    record SequenceSpec(String type, Long start, Long increment, Long min, boolean noMin, Long max, boolean noMax,
                        Long cache, Boolean cycle, Optional<Name> ownedBy, boolean ownedByNone,
                        Optional<Name> sequenceName) {
        public static SequenceSpec none() {
            return new SequenceSpec(null, null, null, null, false, null, false, null, null, Optional.empty(), false,
                Optional.empty());
        }
    }

    record CreateSequence(Name name, boolean ifNotExists, SequenceSpec options, int at) implements Ddl {}

    record AlterSequence(Name name, boolean ifExists, SequenceSpec options, int at) implements Ddl {}

    record CreateEnum(Name name, List<String> labels, int at) implements Ddl {}

    record AddEnumValue(Name type, String value, boolean ifNotExists, Optional<String> before, Optional<String> after,
                        int at) implements Ddl {}

    record RenameEnumValue(Name type, String from, String to, int at) implements Ddl {}

    record CreateView(Name name, boolean orReplace, boolean materialized, List<String> columns, List<String> options,
                      QueryText query, Optional<String> checkOption, boolean ifNotExists, boolean withNoData, int at)
        implements Ddl {}

    /** A view's query: the author's text and its tokens. */
    record QueryText(Source source, String text, List<Token> tokens,
                     int at) {
        public QueryText {
            tokens = List.copyOf(tokens);
        }
    }

    // ------------------------------------------------------------------ functions, procedures, triggers

    /**
     * A function argument as written. {@code columnType} is set for {@code table.column%TYPE}, which the server
     * resolves to the column's type when the function is created.
     */
    record FunctionArg(String mode, Optional<String> name, RawType type, boolean columnType, Optional<ExprText> dflt) {}

    /** The options of CREATE FUNCTION / PROCEDURE and ALTER FUNCTION; empty or null when not given. */
    record RoutineOptions(String language, String volatility, Boolean strict, Boolean securityDefiner,
                          Boolean leakproof, String parallel, Double cost, Double rows, boolean window,
                          List<String> settings, List<String> resets, Optional<String> body,
                          Optional<String> linkSymbol, boolean sqlBody) {}

    record CreateFunction(Name name, boolean orReplace, boolean procedure, List<FunctionArg> args,
                          Optional<RawType> returns, boolean returnsSet, List<FunctionArg> returnsTable,
                          RoutineOptions options, int at) implements Ddl {}

    /** A function named with (or without) its arguments, as DROP, COMMENT and ALTER name it. */
    record RoutineRef(Name name, Optional<List<FunctionArg>> args) {}

    /**
     * {@code CREATE AGGREGATE}. {@code args} holds every argument (for an ordered-set aggregate, the direct ones
     * and then those after ORDER BY; {@code orderedSet} says how many are direct, -1 for a plain aggregate).
     * Option values by option (upper case): a function {@link Name}, a {@link RawType}, or a String.
     */
    record CreateAggregate(Name name, boolean orReplace, List<FunctionArg> args, int orderedSet, boolean star,
                           Map<String, Object> options, int at) implements Ddl {}

    record DropRoutine(List<RoutineRef> refs, boolean ifExists, boolean cascade, int at) implements Ddl {}

    record AlterRoutine(RoutineRef ref, Optional<String> rename, Optional<String> newSchema, RoutineOptions options,
                        int at) implements Ddl {}

    record CreateTrigger(String name, boolean orReplace, boolean constraint, String timing, List<String> events,
                         Name table, Optional<Name> fromTable, Constraint.Deferrability deferrability,
                         String referencing, boolean forEachRow, Optional<ExprText> when, Name function,
                         List<String> arguments, int at) implements Ddl {}

    record DropTrigger(String name, Name table, boolean ifExists, int at) implements Ddl {}

    record RenameTrigger(String name, Name table, String to, int at) implements Ddl {}

    /** {@code ALTER TABLE … ENABLE | DISABLE [REPLICA | ALWAYS] TRIGGER name | ALL | USER}. */
    record EnableTrigger(String trigger, char state, int at) implements AlterAction {}

    // ------------------------------------------------------------------ domains, composite and range types

    /** A domain's constraint: NOT NULL (no expression) or CHECK. */
    record DomainConstraint(Optional<String> name, boolean notNull, boolean nullable, Optional<ExprText> check,
                            boolean notValid, int at) {}

    record CreateDomain(Name name, RawType type, Optional<Name> collation, Optional<ExprText> dflt,
                        List<DomainConstraint> constraints, int at) implements Ddl {}

    /** One ALTER DOMAIN action; the fields that apply are set. */
    record AlterDomain(Name name, String action, Optional<ExprText> dflt, Optional<DomainConstraint> constraint,
                       Optional<String> constraintName, Optional<String> newName, boolean ifExists, int at)
        implements Ddl {}

    record TypeAttribute(String name, RawType type, Optional<Name> collation) {}

    record CreateComposite(Name name, List<TypeAttribute> attributes, int at) implements Ddl {}

    record CreateRange(Name name, RawType subtype, List<String> options, int at) implements Ddl {}

    /** ALTER TYPE … ADD | DROP | ALTER ATTRIBUTE, RENAME ATTRIBUTE; {@code action} ADD, DROP, ALTER, RENAME. */
    record AlterAttribute(Name type, String action, String attribute, Optional<TypeAttribute> definition,
                          Optional<String> newName, boolean ifExists, int at) implements Ddl {}

    /** {@code CREATE COLLATION name (options)} or {@code FROM existing}. */
    record CreateCollation(Name name, boolean ifNotExists, List<String> options, int at) implements Ddl {}

    // ------------------------------------------------------------------ row-level security

    record CreatePolicy(String name, Name table, boolean permissive, String command, List<String> roles,
                        Optional<ExprText> using, Optional<ExprText> withCheck, int at) implements Ddl {}

    record AlterPolicy(String name, Name table, Optional<String> newName, Optional<List<String>> roles,
                       Optional<ExprText> using, Optional<ExprText> withCheck, int at) implements Ddl {}

    record DropPolicy(String name, Name table, boolean ifExists, int at) implements Ddl {}

    /** {@code REPLICA IDENTITY DEFAULT | FULL | NOTHING | USING INDEX name}: {@code index} set for the last. */
    record ReplicaIdentity(String kind, Optional<String> index, int at) implements AlterAction {}

    /** {@code CLUSTER ON index}, or {@code SET WITHOUT CLUSTER} (no index). */
    record ClusterOn(Optional<String> index, int at) implements AlterAction {}

    /** {@code ALTER TABLE … ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY}. */
    record RowSecurity(boolean force, boolean on) implements AlterAction {}

    // ------------------------------------------------------------------ comments, drops, renames, settings

    /** Object kinds as COMMENT ON, DROP and ALTER … RENAME name them. */
    enum Kind {
        SCHEMA, EXTENSION, TABLE, VIEW, MATERIALIZED_VIEW, INDEX, SEQUENCE, TYPE, COLUMN, CONSTRAINT, FUNCTION,
        TRIGGER, DOMAIN, POLICY, COLLATION, AGGREGATE, PUBLICATION, EVENT_TRIGGER, STATISTICS, OTHER
    }

    /**
     * {@code COMMENT ON kind target IS …}; {@code on} is the table of a constraint or trigger, {@code routine}
     * the function commented on.
     */
    record Comment(Kind kind, Name target, Optional<Name> on, Optional<RoutineRef> routine, Optional<String> text,
                   int at) implements Ddl {}

    /** {@code concurrently}: {@code DROP INDEX CONCURRENTLY}. */
    record Drop(Kind kind, List<Name> names, boolean ifExists, boolean cascade, int at, boolean concurrently)
        implements Ddl {
        public Drop(Kind kind, List<Name> names, boolean ifExists, boolean cascade, int at) {
            this(kind, names, ifExists, cascade, at, false);
        }
    }

    /** {@code ALTER VIEW … SET (…)} / {@code RESET (…)}: options as {@code name=value}, or names to reset. */
    record AlterViewOptions(Kind kind, Name name, List<String> set, List<String> reset, int at) implements Ddl {}

    /** {@code ALTER INDEX | SEQUENCE | VIEW | TYPE … RENAME TO} and {@code SET SCHEMA}. */
    record Rename(Kind kind, Name name, Optional<String> newName, Optional<String> newSchema, boolean ifExists,
                  int at) implements Ddl {}

    record SetSearchPath(List<String> schemas, int at) implements Ddl {}

    // ------------------------------------------------------------------ privileges and ownership

    /** What GRANT and REVOKE name after ON; OTHER for classes the model does not hold (databases, languages, …). */
    enum GrantOn { TABLE, SEQUENCE, FUNCTION, PROCEDURE, ROUTINE, TYPE, DOMAIN, SCHEMA, OTHER }

    /** A privilege as written, lower case ({@code select}, {@code all}), with the columns it is limited to. */
    record PrivilegeSpec(String privilege, List<String> columns, int at) {}

    /**
     * {@code GRANT privileges ON objects TO roles} or {@code REVOKE … FROM}: objects by name, routines by
     * reference, or every object of the class in {@code schemas} ({@code ALL TABLES IN SCHEMA}). In ALTER DEFAULT
     * PRIVILEGES, {@code on} names the class and there are no objects. Grantees are role names, {@code public}
     * for PUBLIC and {@code current_user} for CURRENT_USER / CURRENT_ROLE / SESSION_USER.
     */
    record Grant(boolean revoke, boolean grantOptionFor, List<PrivilegeSpec> privileges, GrantOn on, String onText,
                 List<Name> names, List<RoutineRef> routines, List<String> schemas, List<String> grantees,
                 boolean withGrantOption, int at) implements Ddl {
        public boolean allInSchema() {
            return !schemas.isEmpty();
        }
    }

    /** {@code ALTER DEFAULT PRIVILEGES [FOR ROLE …] [IN SCHEMA …] GRANT | REVOKE … ON TABLES | …}. */
    record DefaultPrivileges(List<String> roles, List<String> schemas, Grant grant, int at) implements Ddl {}

    /**
     * What the parser gives for CURRENT_USER / CURRENT_ROLE and for SESSION_USER where a role is named: markers no
     * role name can be (identifiers hold no NUL), resolved by the interpreter.
     */
    String CURRENT_USER = "\u0000current_user";
    String SESSION_USER = "\u0000session_user";

    /**
     * {@code CREATE CAST (source AS target) WITH FUNCTION f | WITHOUT FUNCTION | WITH INOUT [AS ASSIGNMENT |
     * AS IMPLICIT]}; {@code method} FUNCTION, BINARY or INOUT, {@code context} e, a or i.
     */
    record CreateCast(RawType source, RawType target, String method, Optional<RoutineRef> function, char context,
                      int at) implements Ddl {}

    /**
     * {@code CREATE OPERATOR schema.symbol (FUNCTION = f, LEFTARG = t, …)}: options by lower-case name, each value's
     * name parts (a function, a type's spelling in {@code types}, an operator in OPERATOR(…) or bare).
     */
    record CreateOperator(List<String> name, Map<String, List<String>> options,
                          Map<String, RawType> types, int at) implements Ddl {}

    /** {@code DROP OPERATOR} (one or more) and {@code COMMENT ON OPERATOR}; {@code comment} present for the second. */
    record OperatorRef(List<String> name, Optional<RawType> left, RawType right, boolean ifExists,
                       Optional<Optional<String>> comment, int at) implements Ddl {}

    /** {@code ALTER INDEX name ALTER [COLUMN] n SET STATISTICS target}: {@code target} -1 for the default. */
    record IndexStatistics(Name index, int column, int target, int at) implements Ddl {}

    /** {@code CREATE STATISTICS [IF NOT EXISTS] [name] [(kinds)] ON columns and expressions FROM table}. */
    record CreateStatistics(Optional<Name> name, boolean ifNotExists, List<String> kinds, List<IndexElem> elements,
                            Name table, int at) implements Ddl {}

    /** {@code ALTER STATISTICS name SET STATISTICS n} ({@code target} empty: the default). */
    record AlterStatistics(Name name, boolean ifExists, Optional<Integer> target, int at) implements Ddl {}

    /**
     * A DO block that is plain SQL in a PL/pgSQL block: {@code BEGIN statements [EXCEPTION WHEN conditions THEN
     * NULL;] END} (drizzle's and many hand-written schemas' way to create a type or key only once). {@code caught}
     * holds the condition names the block swallows (lower case), empty without EXCEPTION.
     */
    record Block(List<Ddl> statements, Set<String> caught, int at) implements Ddl {}

    /**
     * {@code IF [NOT] EXISTS (SELECT … FROM catalog WHERE column = 'value' [AND …]) THEN statements END IF} in a DO
     * block: the catalogs a schema file asks before creating something ({@code pg_type.typname},
     * {@code pg_class.relname}, {@code pg_constraint.conname}, …), by column (lower case) and value.
     */
    record Conditional(boolean exists, String catalog, Map<String, String> where, Block then, int at)
        implements Ddl {}

    /** Several statements in one (DROP OPERATOR a (…), b (…)). */
    record Each(List<Ddl> statements) implements Ddl {}

    /** {@code DROP CAST} and {@code COMMENT ON CAST}: {@code comment} present for the second. */
    record CastRef(RawType source, RawType target, boolean ifExists, Optional<Optional<String>> comment, int at)
        implements Ddl {}

    /** {@code SET ROLE}, {@code SET SESSION AUTHORIZATION}; empty for their RESET (and {@code SET ROLE NONE}). */
    record SetRole(Optional<String> role, int at) implements Ddl {}

    /** {@code ALTER kind name OWNER TO role}; {@code routine} for functions and aggregates. */
    record AlterOwner(Kind kind, String kindText, Optional<Name> name, Optional<RoutineRef> routine, String owner,
                      int at) implements Ddl {}

    /**
     * psql's {@code \connect}: what follows runs in {@code database} (empty: the same database, or one not named
     * in a way read here).
     */
    record Connect(Optional<String> database, int at) implements Ddl {}

    /** Understood and deliberately not part of the model (SET, GRANT, OWNER TO, BEGIN …). */
    record Ignored(String what) implements Ddl {}

    /** What {@link Ignored} says of a temporary table, view or sequence. */
    String TEMPORARY = "temporary object";

    /** A statement PostgreSQL accepts that the model does not hold yet: reported, never silently dropped. */
    record Unsupported(String what, int at) implements Ddl {}
}
