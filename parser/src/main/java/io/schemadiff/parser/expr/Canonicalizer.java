package io.schemadiff.parser.expr;

import io.schemadiff.model.DataType;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.parser.expr.Expr.ArrayCompare;
import io.schemadiff.parser.expr.Expr.ArrayExpr;
import io.schemadiff.parser.expr.Expr.Between;
import io.schemadiff.parser.expr.Expr.Binary;
import io.schemadiff.parser.expr.Expr.BoolExpr;
import io.schemadiff.parser.expr.Expr.Case;
import io.schemadiff.parser.expr.Expr.Collate;
import io.schemadiff.parser.expr.Expr.ColumnRef;
import io.schemadiff.parser.expr.Expr.Const;
import io.schemadiff.parser.expr.Expr.FuncCall;
import io.schemadiff.parser.expr.Expr.Indirection;
import io.schemadiff.parser.expr.Expr.IsTest;
import io.schemadiff.parser.expr.Expr.Opaque;
import io.schemadiff.parser.expr.Expr.Param;
import io.schemadiff.parser.expr.Expr.Prefix;
import io.schemadiff.parser.expr.Expr.Row;
import io.schemadiff.parser.expr.Expr.SqlValue;
import io.schemadiff.parser.expr.Expr.SubLink;
import io.schemadiff.parser.expr.Expr.TypeCast;
import io.schemadiff.parser.lex.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints an expression in a canonical form: fully parenthesized, names resolved, and free of what the server
 * adds when it stores an expression without changing its meaning — casts of constants to the type they get
 * anyway ({@code (0)::numeric}, {@code 'a'::character varying}), casts of string columns to text, quoting and
 * case that do not matter. Two expressions with the same canonical form mean the same; the converse is not
 * promised (normalization is conservative).
 */
public final class Canonicalizer {

    /** What the canonical form needs to know about the schema around the expression. */
    public interface Context {
        /** The canonical type a type name denotes here. */
        DataType type(RawType t);

        /** The relation a {@code regclass} literal names, resolved through the search path. */
        QualifiedName relation(String literal);

        /** A function's canonical name parts: bare for built-ins, qualified otherwise. */
        List<String> function(List<String> names);

        /** A collation's canonical name. */
        QualifiedName collation(List<String> names);

        /** The type of a column of the table the expression belongs to, if there is such a table. */
        Optional<DataType> columnType(String column);

        /** The name of the table the expression belongs to (its columns may be written qualified by it). */
        Optional<String> tableName();

        /** A domain's base type (through domains over domains); any other type as it is. */
        default DataType domainBase(DataType t) {
            return t;
        }

        /** Called for each column of the table the expression uses. */
        default void usesColumn(String column) {}

        /** Called for each relation the expression names ({@code 'seq'::regclass}). */
        default void usesRelation(QualifiedName relation) {}

        /** Called for each user-defined type the expression names. */
        default void usesType(QualifiedName type) {}

        /** Called for each function the expression calls, by its canonical name. */
        default void usesFunction(List<String> name) {}

        /** Called for each binary operator the expression applies, by its symbol. */
        default void usesOperator(String symbol) {}

        /**
         * A column reference as the canonical form prints it, with its type when known. The default serves an
         * expression of one table: a qualifier naming that table is dropped.
         */
        default ResolvedColumn column(List<String> names) {
            List<String> n = names;
            Optional<String> table = tableName();
            if (n.size() >= 2 && table.isPresent() && n.get(n.size() - 2).equals(table.get())) {
                n = n.subList(n.size() - 1, n.size());
            }
            if (n.size() == 1) {
                usesColumn(n.get(0));
                return new ResolvedColumn(n, columnType(n.get(0)));
            }
            return new ResolvedColumn(n, Optional.empty());
        }

        /**
         * A column reference, the node itself (a query binds each of its references by where it stands): the
         * default asks {@link #column(List)} with its names ({@code *} last for {@code t.*}).
         */
        default ResolvedColumn column(ColumnRef ref) {
            if (!ref.star()) {
                return column(ref.names());
            }
            List<String> withStar = new java.util.ArrayList<>(ref.names());
            withStar.add("*");
            return column(withStar);
        }

        /** A subquery's canonical text. Outside a query there is nothing to resolve in it. */
        default String query(Subquery q) {
            return TokenText.canonical(q.tokens(), 0, q.tokens().size());
        }
    }

    /**
     * A column reference resolved: the names to print and the column's type when known; {@code raw} when the
     * single name is already printed text (a column merged by a full join: COALESCE of both sides).
     */
    public record ResolvedColumn(List<String> names, Optional<DataType> type, boolean raw) {
        public ResolvedColumn(List<String> names, Optional<DataType> type) {
            this(names, type, false);
        }
    }

    private static final Pattern NUMERIC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> NUMERIC_TYPES = Set.of("smallint", "integer", "bigint", "numeric", "real",
        "double precision");
    private static final Set<String> REGCLASS_FUNCTIONS = Set.of("nextval", "currval", "setval");

    private final Context ctx;

    public Canonicalizer(Context ctx) {
        this.ctx = ctx;
    }

    public Context context() {
        return ctx;
    }

    /** Canonical text of an expression. */
    public String canonical(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(e, sb);
        return sb.toString();
    }

    /**
     * Canonical text of a column default: as {@link #canonical}, and a constant written for the column's type
     * ({@code 'f'} for a boolean, {@code '-1'} for an integer) is printed as that type's constant.
     */
    public String canonicalDefault(Expr e, DataType columnType) {
        Expr bare = e instanceof Prefix ? stripConstCasts(e) : e;
        if (bare instanceof Const k && k.kind() == Const.Kind.STRING && !columnType.array()) {
            if (columnType.isBuiltin() && (columnType.name().equals("jsonb") || columnType.name().equals("tsvector")
                || columnType.name().startsWith("timestamp") || columnType.name().equals("date"))
                && storedForm(k.value(), columnType.name()).isPresent()) {
                return Identifiers.literal(storedForm(k.value(), columnType.name()).get());
            }
            if (columnType.isBuiltin() && columnType.name().equals("boolean")) {
                Optional<String> b = booleanLiteral(k.value());
                if (b.isPresent()) {
                    return b.get();
                }
            }
            if (columnType.isBuiltin() && columnType.name().startsWith("interval")
                && Intervals.canonical(k.value()).isPresent()) {
                return Identifiers.literal(Intervals.canonical(k.value()).get());
            }
            if (columnType.isBuiltin() && NUMERIC_TYPES.contains(columnType.name())
                && NUMERIC.matcher(k.value().trim()).matches()) {
                return number(k.value().trim());
            }
        }
        StringBuilder sb = new StringBuilder();
        // a default is assigned to the column: any numeric constant becomes the column's number type
        print(e, sb, columnType.isBuiltin() && !columnType.array() && NUMBER_ORDER.contains(columnType.name())
            ? comparand(columnType) : columnType);
        return sb.toString();
    }

    /** Canonical text without a schema around it (subscripts, type modifiers). */
    public static String shallow(Expr e) {
        return new Canonicalizer(NO_CONTEXT).canonical(e);
    }

    private static Optional<String> booleanLiteral(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if ("true".startsWith(v) || "yes".startsWith(v) || v.equals("on") || v.equals("1")) {
            return Optional.of("true");
        }
        if ("false".startsWith(v) || "no".startsWith(v) || v.equals("off") || v.equals("0")) {
            return Optional.of("false");
        }
        return Optional.empty();
    }

    /** Numbers longer than this, or written with a larger exponent, are kept as written. */
    private static final int MAX_NUMBER_DIGITS = 1000;

    /**
     * A number as the server's numeric input would hold it: 2.5e3 is 2500, 007 is 7, 1.50 stays 1.50. One of more
     * than {@link #MAX_NUMBER_DIGITS} digits, written or implied by its exponent ({@code 1e99999999}), is kept as
     * written: spelling it out would take time and memory without end, and the server refuses most of them.
     */
    static String number(String text) {
        try {
            String t = text.toLowerCase(Locale.ROOT);
            boolean neg = t.startsWith("-");
            String body = neg || t.startsWith("+") ? t.substring(1) : t;
            int e = body.startsWith("0x") ? -1 : body.indexOf('e');
            if (body.length() > MAX_NUMBER_DIGITS
                || e >= 0 && Math.abs(Long.parseLong(body.substring(e + 1))) > MAX_NUMBER_DIGITS) {
                return text;
            }
            String out;
            if (body.startsWith("0x")) {
                out = new BigInteger(body.substring(2), 16).toString();
            } else if (body.startsWith("0o")) {
                out = new BigInteger(body.substring(2), 8).toString();
            } else if (body.startsWith("0b")) {
                out = new BigInteger(body.substring(2), 2).toString();
            } else {
                BigDecimal d = new BigDecimal(body);
                if (d.scale() < 0) {
                    d = d.setScale(0);
                }
                out = d.toPlainString();
            }
            return neg && !out.equals("0") ? "-" + out : out;
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }

    /** The constant under a chain of casts, or the expression itself. */
    private static Expr stripConstCasts(Expr e) {
        Expr x = e;
        while (x instanceof TypeCast tc) {
            x = tc.arg();
        }
        if (x instanceof Prefix p && p.op().equals("-") && p.arg() instanceof Const k && k.kind() == Const.Kind.NUMBER) {
            return new Const(Const.Kind.NUMBER, "-" + k.value());
        }
        return isConst(x) ? x : e;
    }

    private static boolean isConst(Expr e) {
        if (e instanceof Const) {
            return true;
        }
        if (e instanceof Prefix p && (p.op().equals("-") || p.op().equals("+")) && p.arg() instanceof Const k
            && k.kind() == Const.Kind.NUMBER) {
            return true;
        }
        if (e instanceof TypeCast tc) {
            return isConst(tc.arg());
        }
        if (e instanceof ArrayExpr a) {
            return a.elements().stream().allMatch(Canonicalizer::isConst);
        }
        return false;
    }

    /** Appends the canonical text of {@code e}. */
    public void print(Expr e, StringBuilder sb) {
        print(e, sb, null);
    }

    /**
     * Appends the canonical text of {@code e}, where the context gives it type {@code expected} (the other operand
     * of an operator, a column a default is for), or null when unknown. A cast to the expected type is the one
     * the server adds itself, and is not printed.
     */
    private void print(Expr e, StringBuilder sb, DataType expected) {
        if (e instanceof Const k) {
            Optional<String> ts = k.kind() == Const.Kind.STRING && expected != null && expected.isBuiltin()
                && !expected.array() ? storedForm(k.value(), expected.name()) : Optional.empty();
            if (ts.isPresent()) {
                sb.append(Identifiers.literal(ts.get()));
            } else {
                constant(k, sb);
            }
        } else if (e instanceof ColumnRef r) {
            columnRef(r, sb);
        } else if (e instanceof Param p) {
            sb.append('$').append(p.number());
        } else if (e instanceof TypeCast tc) {
            cast(tc, sb, expected);
        } else if (e instanceof Prefix p) {
            prefix(p, sb);
        } else if (e instanceof Binary b) {
            // an operand of a domain type is taken as its base type (the server coerces it so)
            Optional<DataType> lt = typeOf(b.left()).map(ctx::domainBase);
            Optional<DataType> rt = typeOf(b.right()).map(ctx::domainBase);
            boolean comparison = COMPARISONS.contains(operator(b.op()));
            ctx.usesOperator(operator(b.op()));
            sb.append('(');
            // interval * number and number * interval: the number is taken as double precision
            DataType left = isInterval(rt) && b.op().equals("*") && isNumber(lt) ? DataType.builtin("double precision")
                : rt.map(t -> comparison ? comparand(t) : t).orElse(null);
            print(b.left(), sb, left);
            sb.append(' ').append(operator(b.op())).append(' ');
            DataType right = isInterval(lt) && (b.op().equals("*") || b.op().equals("/")) && isNumber(rt)
                ? DataType.builtin("double precision")
                : jsonOperand(lt, b.op()).orElse(lt.map(t -> comparison ? comparand(t) : t).orElse(null));
            print(b.right(), sb, right);
            sb.append(')');
        } else if (e instanceof BoolExpr b) {
            if (b.op().equals("NOT")) {
                sb.append("(NOT ");
                print(b.args().get(0), sb);
                sb.append(')');
            } else {
                sb.append('(');
                printFlattened(b, b.op(), sb, true);
                sb.append(')');
            }
        } else if (e instanceof ArrayCompare a) {
            Optional<DataType> lt = typeOf(a.left());
            Optional<DataType> rt = typeOf(a.right()).filter(DataType::array).map(DataType::elementType);
            sb.append('(');
            print(a.left(), sb, rt.orElse(null));
            sb.append(' ').append(operator(a.op())).append(a.any() ? " ANY (" : " ALL (");
            print(a.right(), sb, lt.map(DataType::asArray).orElse(null));
            sb.append("))");
        } else if (e instanceof IsTest t) {
            sb.append('(');
            print(t.arg(), sb);
            sb.append(t.not() ? " IS NOT " : " IS ").append(t.what());
            if (t.other().isPresent()) {
                sb.append(' ');
                print(t.other().get(), sb);
            }
            sb.append(')');
        } else if (e instanceof Case c) {
            caseExpr(c, sb, expected);
        } else if (e instanceof ArrayExpr a) {
            sb.append("ARRAY");
            arrayBody(a, sb, expected != null && expected.array() ? expected.elementType() : null);
        } else if (e instanceof Row r) {
            sb.append("ROW(");
            list(r.fields(), sb);
            sb.append(')');
        } else if (e instanceof Indirection i) {
            sb.append('(');
            print(i.arg(), sb);
            sb.append(')').append(i.canonicalSuffix());
        } else if (e instanceof Collate c) {
            sb.append('(');
            print(c.arg(), sb);
            QualifiedName coll = ctx.collation(c.collation());
            sb.append(" COLLATE ").append(coll.schema().equals("pg_catalog") ? Identifiers.quote(coll.name())
                : coll.sql()).append(')');
        } else if (e instanceof SqlValue v) {
            sb.append(v.name().toUpperCase(Locale.ROOT));
            v.precision().ifPresent(p -> sb.append('(').append(p).append(')'));
        } else if (e instanceof Between b) {
            sb.append('(');
            print(b.arg(), sb);
            sb.append(b.not() ? " NOT BETWEEN " : " BETWEEN ").append(b.symmetric() ? "SYMMETRIC " : "");
            print(b.low(), sb);
            sb.append(" AND ");
            print(b.high(), sb);
            sb.append(')');
        } else if (e instanceof Opaque o) {
            sb.append(o.canonical());
        } else if (e instanceof SubLink s) {
            subLink(s, sb);
        } else if (e instanceof FuncCall f) {
            call(f, sb);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private void caseExpr(Case c, StringBuilder sb, DataType expected) {
        sb.append("CASE");
        if (c.arg().isPresent()) {
            sb.append(' ');
            print(c.arg().get(), sb);
        }
        for (int i = 0; i < c.whens().size(); i++) {
            sb.append(" WHEN ");
            print(c.whens().get(i), sb);
            sb.append(" THEN ");
            print(c.thens().get(i), sb, expected);
        }
        if (c.otherwise().isPresent() && !(c.otherwise().get() instanceof Const k && k.kind() == Const.Kind.NULL)) {
            sb.append(" ELSE ");
            print(c.otherwise().get(), sb, expected);
        }
        sb.append(" END");
    }

    /**
     * An operator without its schema: {@code OPERATOR(public.~)} is what pg_dump writes for the operator an
     * extension's type resolves {@code ~} to, which the author wrote as plain {@code ~}.
     */
    private static String operator(String op) {
        int dot = op.lastIndexOf('.');
        return dot < 0 ? op : op.substring(dot + 1);
    }

    private void printFlattened(BoolExpr b, String op, StringBuilder sb, boolean first) {
        boolean f = first;
        for (Expr a : b.args()) {
            if (a instanceof BoolExpr inner && inner.op().equals(op)) {
                printFlattened(inner, op, sb, f);
            } else {
                if (!f) {
                    sb.append(' ').append(op).append(' ');
                }
                print(a, sb);
            }
            f = false;
        }
    }

    private void arrayBody(ArrayExpr a, StringBuilder sb, DataType element) {
        sb.append('[');
        for (int i = 0; i < a.elements().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr el = a.elements().get(i);
            if (el instanceof ArrayExpr inner) {
                arrayBody(inner, sb, element);
            } else {
                print(el, sb, element);
            }
        }
        sb.append(']');
    }

    public void list(List<Expr> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            print(items.get(i), sb);
        }
    }

    private static void constant(Const k, StringBuilder sb) {
        switch (k.kind()) {
            case NUMBER -> sb.append(number(k.value()));
            case STRING -> sb.append(Identifiers.literal(k.value()));
            case BITSTRING -> sb.append("B'").append(k.value()).append('\'');
            case BOOLEAN -> sb.append(k.value());
            case NULL -> sb.append("NULL");
        }
    }

    private void columnRef(ColumnRef r, StringBuilder sb) {
        List<String> names;
        if (r.star() && r.names().isEmpty()) {
            names = List.of("*");
        } else {
            ResolvedColumn rc = ctx.column(r);
            if (rc.raw()) {
                sb.append(rc.names().get(0));
                return;
            }
            names = rc.names();
        }
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            String n = names.get(i);
            sb.append(n.equals("*") && i == names.size() - 1 ? "*" : Identifiers.quote(n));
        }
    }

    private void prefix(Prefix p, StringBuilder sb) {
        if ((p.op().equals("-") || p.op().equals("+")) && p.arg() instanceof Const k && k.kind() == Const.Kind.NUMBER) {
            sb.append(number(p.op().equals("-") ? "-" + k.value() : k.value()));
            return;
        }
        if (p.op().equals("-") && stripConstCasts(p.arg()) instanceof Const k && k.kind() == Const.Kind.NUMBER) {
            sb.append(number("-" + k.value()));
            return;
        }
        sb.append('(').append(operator(p.op())).append(' ');
        print(p.arg(), sb);
        sb.append(')');
    }

    private void cast(TypeCast tc, StringBuilder sb, DataType expected) {
        DataType type = ctx.type(tc.type());
        type.userType().ifPresent(ctx::usesType);
        Expr arg = tc.arg();
        if (type.isBuiltin() && type.name().equals("regclass") && !type.array()
            && stripConstCasts(arg) instanceof Const k && k.kind() == Const.Kind.STRING) {
            regclass(k.value(), sb);
            return;
        }
        Optional<DataType> argType = arg instanceof ColumnRef || arg instanceof TypeCast ? typeOf(arg) : Optional.empty();
        if (argType.isPresent() && !argType.get().isBuiltin() && !argType.get().equals(type)) {
            DataType base = ctx.domainBase(argType.get());
            if (base != argType.get() && sameBase(base, type) && (type.typmod().isEmpty()
                || type.typmod().equals(base.typmod()))) {
                // a domain's value coerced to its base type: the server's own coercion, printed by pg_dump
                print(arg, sb, expected);
                return;
            }
        }
        boolean implicit = expected != null && (expected.name().equals(ANY_CONSTANT) || sameBase(type, expected)
            && (type.typmod().isEmpty() || type.typmod().equals(expected.typmod()))
            || expected.name().equals(COMPARED_NUMBER) && type.isBuiltin() && NUMBER_ORDER.contains(type.name())
            && type.typmod().isEmpty());
        Expr bare = stripConstCasts(arg);
        if (bare instanceof Const k && (arg == bare || isConst(arg))) {
            String text = constantAs(k, type);
            boolean natural = naturalType(k).map(t -> sameBase(t, type) && type.typmod().isEmpty()).orElse(false);
            boolean unknownToString = k.kind() == Const.Kind.STRING && type.isStringLike() && type.typmod().isEmpty();
            if (implicit || natural || unknownToString || (k.kind() == Const.Kind.NULL && implicit)) {
                // the cast the server adds to a constant for its context: not part of what the author meant
                sb.append(text);
                return;
            }
            sb.append('(').append(text).append(")::").append(type.sql());
            return;
        }
        if (arg instanceof ColumnRef r && !r.star() && type.isStringLike()) {
            // the server shows the relabelling of a string column to text it makes for an operator or function
            Optional<DataType> colType = ctx.column(r).type();
            if (colType.map(DataType::isStringLike).orElse(false)
                && (type.name().equals("text") || colType.get().equals(type))) {
                print(arg, sb);
                return;
            }
        }
        if (implicit && type.typmod().isEmpty() && typeOf(arg).map(t -> widens(t, expected.name().equals(
            COMPARED_NUMBER) ? type : expected)).orElse(false)) {
            // an implicit widening for an operator (integer to numeric next to a numeric)
            print(arg, sb, expected);
            return;
        }
        if (arg instanceof ArrayExpr a && type.array() && isConst(a) && (implicit || type.isStringLike()
            || elementsAre(a, type.elementType()))) {
            print(arg, sb, type);
            return;
        }
        sb.append('(');
        print(arg, sb);
        sb.append(")::").append(type.sql());
    }

    /** A constant's text as a value of {@code type}: numbers, booleans, bit strings and intervals normalized. */
    private static String constantAs(Const k, DataType type) {
        if (k.kind() == Const.Kind.STRING && type.isBuiltin() && !type.array()) {
            String v = k.value().trim();
            if (NUMERIC_TYPES.contains(type.name()) && NUMERIC.matcher(v).matches()) {
                return number(v);
            }
            if (type.name().equals("bit") || type.name().equals("\"bit\"") || type.name().equals("bit varying")) {
                return "B'" + k.value() + "'";
            }
            if (type.name().startsWith("interval")) {
                String unit = type.name().equals("interval") ? "" : type.name().substring(type.name().lastIndexOf(' '));
                String value = NUMERIC.matcher(v).matches() && !unit.isEmpty() ? v + unit : k.value();
                Optional<String> iv = Intervals.canonical(value);
                if (iv.isPresent()) {
                    return Identifiers.literal(iv.get());
                }
            }
            if (type.name().equals("boolean") && booleanLiteral(v).isPresent()) {
                return booleanLiteral(v).get();
            }
            Optional<String> ts = storedForm(k.value(), type.name());
            if (ts.isPresent()) {
                return Identifiers.literal(ts.get());
            }
        }
        StringBuilder sb = new StringBuilder();
        constant(k, sb);
        return sb.toString();
    }

    /** A literal of a type whose values print otherwise than written: timestamps, dates, jsonb. */
    private static Optional<String> storedForm(String literal, String typeName) {
        if (typeName.equals("jsonb")) {
            return Jsonb.canonical(literal);
        }
        if (typeName.equals("tsvector")) {
            return Tsvector.canonical(literal);
        }
        return Timestamps.canonical(literal, typeName);
    }

    /** The type a constant has without a cast, when it has one of its own. */
    public static Optional<DataType> naturalType(Const k) {
        return switch (k.kind()) {
            case NUMBER -> {
                String v = k.value();
                if (v.contains(".") || v.contains("e") || v.contains("E")) {
                    yield Optional.of(DataType.builtin("numeric"));
                }
                try {
                    long n = Long.parseLong(number(v));
                    yield Optional.of(DataType.builtin(n == (int) n ? "integer" : "bigint"));
                } catch (NumberFormatException e) {
                    yield Optional.of(DataType.builtin("numeric"));
                }
            }
            case BOOLEAN -> Optional.of(DataType.builtin("boolean"));
            case BITSTRING -> Optional.of(DataType.builtin("bit"));
            default -> Optional.empty();
        };
    }

    private static boolean sameBase(DataType a, DataType b) {
        return a.schema().equals(b.schema()) && a.array() == b.array() && base(a).equals(base(b));
    }

    /** The type's name without quotes, and {@code interval} for every interval (fields only guide its input). */
    private static String base(DataType t) {
        String n = t.name().replace("\"", "");
        return n.startsWith("interval") ? "interval" : n;
    }

    private boolean elementsAre(ArrayExpr a, DataType element) {
        for (Expr e : a.elements()) {
            if (!(e instanceof TypeCast tc && sameBase(ctx.type(tc.type()), element))) {
                return false;
            }
        }
        return !a.elements().isEmpty();
    }

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");

    /** Marks a numeric type met in a comparison: any numeric cast of a constant there is the server's. */
    private static final String COMPARED_NUMBER = "\u0000number";

    /**
     * The type a constant gets from where it stands, whatever it is: the later branches of a UNION, whose
     * constants the server casts to the first branch's column types.
     */
    public static final DataType ANY_TYPE = DataType.builtin("\u0000any");
    private static final String ANY_CONSTANT = ANY_TYPE.name();

    /** Canonical text of an expression standing where the context gives it type {@code expected}. */
    public String canonical(Expr e, DataType expected) {
        StringBuilder sb = new StringBuilder();
        print(e, sb, expected);
        return sb.toString();
    }

    private static DataType comparand(DataType t) {
        return t.isBuiltin() && !t.array() && NUMBER_ORDER.contains(t.name()) ? DataType.builtin(COMPARED_NUMBER) : t;
    }

    private static final List<String> NUMBER_ORDER = List.of("smallint", "integer", "bigint", "numeric", "real",
        "double precision");

    /** Whether the server converts {@code from} to {@code to} implicitly (widening, or a string relabelled). */
    private static boolean widens(DataType from, DataType to) {
        if (!from.isBuiltin() || !to.isBuiltin() || from.array() || to.array()) {
            return false;
        }
        int f = NUMBER_ORDER.indexOf(from.name());
        int t = NUMBER_ORDER.indexOf(to.name());
        if (f >= 0 && t >= 0) {
            return f < t;
        }
        if (from.isStringLike() && (to.name().equals("text") || to.name().equals("character varying"))) {
            return true;
        }
        return from.name().equals("date") && to.name().startsWith("timestamp")
            || from.name().equals("timestamp without time zone") && to.name().equals("timestamp with time zone");
    }

    /** The type of an expression when it is evident (a column, a cast, a constant, arithmetic over them). */
    private Optional<DataType> typeOf(Expr e) {
        if (e instanceof ColumnRef r && !r.star()) {
            return ctx.column(r).type();
        }
        if (e instanceof TypeCast tc) {
            return Optional.of(ctx.type(tc.type()));
        }
        if (e instanceof Const k) {
            return naturalType(k);
        }
        if (e instanceof Prefix p && (p.op().equals("-") || p.op().equals("+"))) {
            return typeOf(p.arg());
        }
        if (e instanceof Collate c) {
            return typeOf(c.arg());
        }
        if (e instanceof Binary b) {
            switch (b.op()) {
                case "+", "-", "*", "/", "%", "^" -> {
                    Optional<DataType> l = typeOf(b.left());
                    Optional<DataType> r = typeOf(b.right());
                    if (l.isEmpty() || r.isEmpty()) {
                        return l.isPresent() ? l : r;
                    }
                    int li = NUMBER_ORDER.indexOf(l.get().name());
                    int ri = NUMBER_ORDER.indexOf(r.get().name());
                    if (li >= 0 && ri >= 0 && l.get().isBuiltin() && r.get().isBuiltin()) {
                        return Optional.of(DataType.builtin(NUMBER_ORDER.get(Math.max(li, ri))));
                    }
                    return Optional.empty();
                }
                case "||" -> {
                    return Optional.of(DataType.builtin("text"));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (e instanceof SqlValue v) {
            return switch (v.name()) {
                case "current_date" -> Optional.of(DataType.builtin("date"));
                case "current_timestamp" -> Optional.of(DataType.builtin("timestamp with time zone"));
                case "localtimestamp" -> Optional.of(DataType.builtin("timestamp without time zone"));
                default -> Optional.empty();
            };
        }
        if (e instanceof FuncCall f && f.name().size() == 1) {
            return switch (f.name().get(0)) {
                case "now", "clock_timestamp", "statement_timestamp", "transaction_timestamp" ->
                    Optional.of(DataType.builtin("timestamp with time zone"));
                case "lower", "upper", "btrim", "ltrim", "rtrim", "concat", "substring", "replace", "md5" ->
                    Optional.of(DataType.builtin("text"));
                case "length", "char_length", "octet_length", "position", "strpos" ->
                    Optional.of(DataType.builtin("integer"));
                case "count" -> Optional.of(DataType.builtin("bigint"));
                case "extract" -> Optional.of(DataType.builtin("numeric"));
                case "date_part", "random" -> Optional.of(DataType.builtin("double precision"));
                case "nullif" -> f.args().isEmpty() ? Optional.empty() : typeOf(f.args().get(0));
                case "coalesce", "greatest", "least" -> commonType(f.args());
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /**
     * The parameter type the server coerces an argument to, for the built-in functions whose overloads make it cast
     * (to_char of a date takes a timestamp with time zone; percentile_cont's fraction is double precision); null
     * when the argument goes as it is.
     */
    private DataType argumentType(List<String> function, int i, Expr arg) {
        if (function.size() != 1) {
            return null;
        }
        String f = function.get(0);
        Expr bare = arg instanceof TypeCast tc ? tc.arg() : arg; // the server's cast, as pg_dump shows it
        if (f.equals("to_char") && i == 0 && typeOf(bare).map(t -> t.isBuiltin() && !t.array()
            && t.name().equals("date")).orElse(false)) {
            return DataType.builtin("timestamp with time zone");
        }
        if ((f.equals("percentile_cont") || f.equals("percentile_disc")) && i == 0) {
            return DataType.builtin("double precision");
        }
        return null;
    }

    private static boolean isInterval(Optional<DataType> t) {
        return t.isPresent() && t.get().isBuiltin() && !t.get().array() && t.get().name().startsWith("interval");
    }

    private static boolean isNumber(Optional<DataType> t) {
        return t.isPresent() && t.get().isBuiltin() && !t.get().array() && NUMBER_ORDER.contains(t.get().name());
    }

    /** The right operand's type of the jsonb operators whose right operand is not jsonb ({@code #>}: a path). */
    private static Optional<DataType> jsonOperand(Optional<DataType> left, String op) {
        if (left.isEmpty() || !left.get().isBuiltin() || left.get().array()
            || !(left.get().name().equals("jsonb") || left.get().name().equals("json"))) {
            return Optional.empty();
        }
        return switch (op) {
            case "#>", "#>>", "#-", "?|", "?&" -> Optional.of(DataType.builtin("text").asArray());
            case "?" -> Optional.of(DataType.builtin("text"));
            case "@?", "@@" -> Optional.of(DataType.builtin("jsonpath"));
            default -> Optional.empty();
        };
    }

    /**
     * The type COALESCE, GREATEST and LEAST resolve to: the widest of their numeric arguments' types, or the
     * first argument type known (literals take it); empty when none is known.
     */
    private Optional<DataType> commonType(List<Expr> args) {
        DataType best = null;
        for (Expr a : args) {
            if (a instanceof Const) {
                continue;
            }
            Optional<DataType> t = typeOf(a);
            if (t.isEmpty()) {
                continue;
            }
            if (best == null) {
                best = t.get();
                continue;
            }
            int bi = NUMBER_ORDER.indexOf(best.name());
            int ti = NUMBER_ORDER.indexOf(t.get().name());
            if (bi >= 0 && ti > bi && best.isBuiltin() && t.get().isBuiltin()) {
                best = t.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private void regclass(String literal, StringBuilder sb) {
        QualifiedName rel = ctx.relation(literal);
        ctx.usesRelation(rel);
        sb.append(Identifiers.literal(rel.sql())).append("::regclass");
    }

    private void subLink(SubLink s, StringBuilder sb) {
        String q = ctx.query(s.subquery());
        switch (s.kind()) {
            case "EXISTS" -> sb.append("EXISTS (").append(q).append(')');
            case "ARRAY" -> sb.append("ARRAY(").append(q).append(')');
            case "EXPR" -> sb.append('(').append(q).append(')');
            default -> {
                sb.append('(');
                print(s.test().orElseThrow(), sb);
                sb.append(' ').append(operator(s.op())).append(' ').append(s.kind()).append(" (").append(q)
                    .append("))");
            }
        }
    }

    /** ORDER BY items, canonical: ASC and the default NULLS placement are not written. */
    public void sorts(List<Expr.Sort> items, StringBuilder sb) {
        sorts(items, sb, null);
    }

    private void sorts(List<Expr.Sort> items, StringBuilder sb, DataType expected) {
        for (int i = 0; i < items.size(); i++) {
            Expr.Sort s = items.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            print(s.expr(), sb, expected);
            if (s.using().isPresent()) {
                sb.append(" USING ").append(s.using().get());
            } else if (s.descending()) {
                sb.append(" DESC");
            }
            if (s.nullsFirst().isPresent() && s.nullsFirst().get() != s.descending()) {
                sb.append(s.nullsFirst().get() ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    /** A window specification's inside, canonical. */
    public void window(Expr.Window w, StringBuilder sb) {
        boolean space = false;
        if (w.name().isPresent()) {
            sb.append(Identifiers.quote(w.name().get()));
            space = true;
        }
        if (!w.partitionBy().isEmpty()) {
            sb.append(space ? " " : "").append("PARTITION BY ");
            list(w.partitionBy(), sb);
            space = true;
        }
        if (!w.orderBy().isEmpty()) {
            sb.append(space ? " " : "").append("ORDER BY ");
            sorts(w.orderBy(), sb);
            space = true;
        }
        if (!w.frame().isEmpty()) {
            sb.append(space ? " " : "").append(w.frame());
        }
    }

    private void call(FuncCall f, StringBuilder sb) {
        List<String> name = ctx.function(f.name());
        ctx.usesFunction(name);
        for (int i = 0; i < name.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(Identifiers.quote(name.get(i)));
        }
        sb.append('(');
        if (f.distinct()) {
            sb.append("DISTINCT ");
        }
        if (f.star()) {
            sb.append('*');
        }
        boolean regclassArg = name.size() == 1 && REGCLASS_FUNCTIONS.contains(name.get(0));
        for (int i = 0; i < f.args().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (f.variadic() && i == f.args().size() - 1) {
                sb.append("VARIADIC ");
            }
            if (!f.argNames().isEmpty() && !f.argNames().get(i).isEmpty()) {
                sb.append(Identifiers.quote(f.argNames().get(i))).append(" => ");
            }
            Expr a = f.args().get(i);
            if (i == 0 && regclassArg && a instanceof Const k && k.kind() == Const.Kind.STRING) {
                regclass(k.value(), sb);
            } else if (a instanceof TypeCast tc && tc.arg() instanceof Const k && k.kind() != Const.Kind.NULL
                && tc.type().typmods().isEmpty() && !tc.type().array()) {
                // a literal argument gets its parameter's type; the cast the server shows for it adds nothing
                DataType t = ctx.type(tc.type());
                if (t.isBuiltin() && t.name().equals("regclass") && k.kind() == Const.Kind.STRING) {
                    regclass(k.value(), sb);
                } else {
                    sb.append(constantAs(k, t));
                }
            } else {
                print(a, sb, argumentType(name, i, a));
            }
        }
        if (!f.orderBy().isEmpty() && !f.withinGroup()) {
            sb.append(" ORDER BY ");
            sorts(f.orderBy(), sb);
        }
        sb.append(')');
        if (f.withinGroup()) {
            sb.append(" WITHIN GROUP (ORDER BY ");
            // percentile_cont interpolates in double precision (or interval): a number is cast to it
            boolean cont = name.size() == 1 && name.get(0).equals("percentile_cont") && f.orderBy().size() == 1
                && isNumber(typeOf(f.orderBy().get(0).expr()));
            sorts(f.orderBy(), sb, cont ? DataType.builtin("double precision") : null);
            sb.append(')');
        }
        if (f.filter().isPresent()) {
            sb.append(" FILTER (WHERE ");
            print(f.filter().get(), sb);
            sb.append(')');
        }
        if (f.over().isPresent()) {
            Expr.Window w = f.over().get();
            if (w.name().isPresent() && w.partitionBy().isEmpty() && w.orderBy().isEmpty() && w.frame().isEmpty()) {
                sb.append(" OVER ").append(Identifiers.quote(w.name().get()));
            } else {
                sb.append(" OVER (");
                window(w, sb);
                sb.append(')');
            }
        }
    }

    private static final Context NO_CONTEXT = new Context() {
        @Override
        public DataType type(RawType t) {
            return DataType.builtin(String.join(".", t.names()));
        }

        @Override
        public QualifiedName relation(String literal) {
            return new QualifiedName("", literal);
        }

        @Override
        public List<String> function(List<String> names) {
            return names;
        }

        @Override
        public QualifiedName collation(List<String> names) {
            return new QualifiedName("pg_catalog", names.get(names.size() - 1));
        }

        @Override
        public Optional<DataType> columnType(String column) {
            return Optional.empty();
        }

        @Override
        public Optional<String> tableName() {
            return Optional.empty();
        }
    };
}
