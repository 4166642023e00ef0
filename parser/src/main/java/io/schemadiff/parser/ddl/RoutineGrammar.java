package io.schemadiff.parser.ddl;

import io.schemadiff.model.Constraint;
import io.schemadiff.model.Constraint.Deferrability;
import io.schemadiff.model.Identifiers;
import io.schemadiff.parser.ddl.Ddl.ExprText;
import io.schemadiff.parser.ddl.Ddl.FunctionArg;
import io.schemadiff.parser.ddl.Ddl.Ignored;
import io.schemadiff.parser.ddl.Ddl.Name;
import io.schemadiff.parser.ddl.Ddl.RoutineOptions;
import io.schemadiff.parser.ddl.Ddl.RoutineRef;
import io.schemadiff.parser.expr.Canonicalizer;
import io.schemadiff.parser.expr.Expr;
import io.schemadiff.parser.expr.RawType;
import io.schemadiff.parser.expr.TokenText;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenCursor;
import io.schemadiff.parser.lex.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The DDL grammar of functions, procedures, aggregates and triggers. */
final class RoutineGrammar extends Grammar {
    /** The statement's parser, for the productions of the other families. */
    private final DdlParser p;

    RoutineGrammar(DdlParser p) {
        super(p.c, p.expr);
        this.p = p;
    }

    private static final Set<String> TYPE_STARTS = Set.of("double", "character", "char", "national", "nchar", "bit",
        "time", "timestamp", "interval");

    private static final Set<String> TYPE_CONTINUATIONS = Set.of("precision", "varying", "character", "char", "with",
        "without", "year", "month", "day", "hour", "minute", "second");

    /** {@code ( [mode] [name] type [DEFAULT expr], … )}. */
    private List<FunctionArg> functionArgs(boolean withDefaults) {
        c.expect(TokenType.LPAREN);
        List<FunctionArg> args = new ArrayList<>();
        if (c.accept(TokenType.RPAREN)) {
            return args;
        }
        args.addAll(c.commaList(() -> functionArg(withDefaults)));
        c.expect(TokenType.RPAREN);
        return args;
    }

    private static String mode(Token t) {
        if (t.type() != TokenType.IDENT) {
            return null;
        }
        return switch (t.value()) {
            case "in" -> "IN";
            case "out" -> "OUT";
            case "inout" -> "INOUT";
            case "variadic" -> "VARIADIC";
            default -> null;
        };
    }

    private FunctionArg functionArg(boolean withDefaults) {
        String mode = mode(c.peek());
        if (mode != null && !c.peek(1).is(TokenType.COMMA) && !c.peek(1).is(TokenType.RPAREN)) {
            c.next();
        } else {
            mode = null;
        }
        Optional<String> name = Optional.empty();
        Token first = c.peek();
        Token second = c.peek(1);
        boolean multiWordType = first.is(TokenType.IDENT) && TYPE_STARTS.contains(first.value())
            && second.is(TokenType.IDENT) && TYPE_CONTINUATIONS.contains(second.value());
        if (first.isName() && !multiWordType && (second.isName() || second.is(TokenType.QUOTED_IDENT))
            && !second.is("default") && !(second.is("order") && c.peek(2).is("by"))) {
            name = Optional.of(c.expectName());
            String m2 = mode(c.peek());
            if (mode == null && m2 != null && c.peek(1).isName()) {
                c.next();
                mode = m2;
            }
        }
        RawType type = expr.parseType();
        boolean columnType = false;
        if (c.peek().isOperator("%") && c.peek(1).is("type")) {
            c.next();
            c.next();
            columnType = true;
        }
        Optional<ExprText> dflt = Optional.empty();
        if (withDefaults && (c.accept("default") || (c.peek().isOperator("=") && c.next() != null))) {
            dflt = Optional.of(exprText(false));
        }
        return new FunctionArg(mode == null ? "IN" : mode, name, type, columnType, dflt);
    }

    /** The options CREATE AGGREGATE takes, by the kind of value each has. */
    private static final Set<String> AGG_FUNCTIONS = Set.of("SFUNC", "FINALFUNC", "COMBINEFUNC", "SERIALFUNC",
        "DESERIALFUNC", "MSFUNC", "MINVFUNC", "MFINALFUNC");

    private static final Set<String> AGG_TYPES = Set.of("STYPE", "MSTYPE", "BASETYPE");

    /**
     * {@code CREATE AGGREGATE name (args) (options)}, {@code (*)}, {@code (direct ORDER BY aggregated)}, and the
     * old form {@code CREATE AGGREGATE name (BASETYPE = type, SFUNC = …)}.
     */
    Ddl createAggregate(int at, boolean orReplace) {
        Name name = name();
        boolean oldForm = c.is(TokenType.LPAREN) && c.peek(1).isName() && c.peek(2).isOperator("=");
        AggregateArgs aa = oldForm ? new AggregateArgs(new ArrayList<>(), -1, false) : aggregateArgList();
        List<FunctionArg> args = aa.args();
        int orderedSet = aa.orderedSet();
        boolean star = aa.star();
        Map<String, Object> options = new LinkedHashMap<>();
        c.parenthesizedEach(() -> {
            Token key = c.next();
            if (!key.isName()) {
                throw c.errorAt(key, "expected an aggregate option, found " + TokenCursor.describe(key));
            }
            String opt = key.value().toUpperCase(Locale.ROOT);
            Object value = "";
            if (c.peek().isOperator("=")) {
                c.next();
                if (AGG_FUNCTIONS.contains(opt)) {
                    value = name();
                } else if (AGG_TYPES.contains(opt)) {
                    value = expr.parseType();
                } else if (opt.equals("SORTOP")) {
                    StringBuilder op = new StringBuilder();
                    if (c.accept("operator")) {
                        c.expect(TokenType.LPAREN);
                        while (!c.is(TokenType.RPAREN) && !c.atEnd()) {
                            op.append(c.next().value());
                        }
                        c.expect(TokenType.RPAREN);
                    } else {
                        op.append(c.next().value());
                    }
                    value = op.toString();
                } else {
                    Token v = c.next();
                    if (v.type() == TokenType.IDENT) {
                        value = v.value().toLowerCase(Locale.ROOT);
                    } else if (v.type() == TokenType.STRING || v.type() == TokenType.NUMBER
                        || v.type() == TokenType.QUOTED_IDENT || v.type() == TokenType.DOLLAR_STRING) {
                        value = v.value();
                    } else if (v.isOperator("-") && c.is(TokenType.NUMBER)) {
                        value = "-" + c.next().value();
                    } else {
                        throw c.errorAt(v, "unexpected " + TokenCursor.describe(v) + " as the value of " + opt);
                    }
                }
            }
            if (options.put(opt, value) != null) {
                throw c.errorAt(key, "conflicting or redundant options: " + opt);
            }
        });
        if (!c.atEnd()) {
            throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " after CREATE AGGREGATE");
        }
        if (oldForm) {
            Object base = options.remove("BASETYPE");
            if (!(base instanceof RawType t) || (t.names().size() == 1 && t.names().get(0).equals("any"))) {
                star = true;
            } else {
                args.add(new FunctionArg("IN", Optional.empty(), t, false, Optional.empty()));
            }
        }
        return new Ddl.CreateAggregate(name, orReplace, args, orderedSet, star, options, at);
    }

    /** An aggregate's arguments: direct ones, then after ORDER BY ({@code orderedSet} of them direct, else -1). */
    private record AggregateArgs(List<FunctionArg> args, int orderedSet, boolean star) {}

    /** {@code (*)}, {@code (args)}, {@code ([direct] ORDER BY aggregated)}. */
    private AggregateArgs aggregateArgList() {
        c.expect(TokenType.LPAREN);
        List<FunctionArg> args = new ArrayList<>();
        int orderedSet = -1;
        boolean star = false;
        if (c.peek().isOperator("*")) {
            c.next();
            star = true;
        } else if (!c.is(TokenType.RPAREN)) {
            if (!c.is("order")) {
                args.addAll(c.commaList(() -> functionArg(false)));
            }
            if (c.acceptSeq("order", "by")) {
                orderedSet = args.size();
                args.addAll(c.commaList(() -> functionArg(false)));
            }
        }
        c.expect(TokenType.RPAREN);
        return new AggregateArgs(args, orderedSet, star);
    }

    /** The argument list of DROP / ALTER / COMMENT ON AGGREGATE, flattened: {@code (*)} is no arguments. */
    List<FunctionArg> aggregateArgs() {
        return aggregateArgList().args();
    }

    Ddl alterAggregate(int at) {
        Name name = name();
        RoutineRef ref = new RoutineRef(name, Optional.of(aggregateArgs()));
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterRoutine(ref, Optional.of(c.expectName()), Optional.empty(), null, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.of(c.expectName()), null, at);
        }
        return unsupported("ALTER AGGREGATE");
    }

    Ddl createFunction(int at, boolean orReplace, boolean procedure) {
        Name name = name();
        List<FunctionArg> args = functionArgs(true);
        Optional<RawType> returns = Optional.empty();
        boolean returnsSet = false;
        List<FunctionArg> returnsTable = List.of();
        if (!procedure && c.accept("returns")) {
            if (c.accept("table")) {
                returnsTable = functionArgs(false);
                returnsSet = true;
            } else {
                returnsSet = c.accept("setof");
                returns = Optional.of(expr.parseType());
                if (c.peek().isOperator("%") && c.peek(1).is("type")) {
                    return unsupported("CREATE FUNCTION … RETURNS column%TYPE");
                }
            }
        }
        RoutineOptions options = routineOptions(true);
        if (options.body().isEmpty()) {
            throw c.error("expected AS or a routine body for " + name);
        }
        return new Ddl.CreateFunction(name, orReplace, procedure, args, returns, returnsSet, returnsTable, options, at);
    }

    /** Routine options until the end of the statement. */
    /** Which option of CREATE / ALTER FUNCTION starts at {@code t}: options of one key may be given once. */
    private String routineOptionKey(Token t) {
        if (t.type() != TokenType.IDENT) {
            return null;
        }
        return switch (t.value()) {
            case "immutable", "stable", "volatile" -> "volatility";
            case "leakproof" -> "leakproof";
            case "not" -> c.peek(1).is("leakproof") ? "leakproof" : null;
            case "called", "strict" -> "strict";
            case "returns" -> c.peek(1).is("null") ? "strict" : null;
            case "external", "security" -> "security";
            case "language", "parallel", "cost", "rows", "window", "support", "transform" -> t.value();
            case "as", "return" -> "body";
            case "begin" -> c.peek(1).is("atomic") ? "body" : null;
            default -> null;
        };
    }

    private RoutineOptions routineOptions(boolean create) {
        String language = null;
        String volatility = null;
        Boolean strict = null;
        Boolean definer = null;
        Boolean leakproof = null;
        String parallel = null;
        Double cost = null;
        Double rows = null;
        boolean window = false;
        List<String> settings = new ArrayList<>();
        List<String> resets = new ArrayList<>();
        Optional<String> body = Optional.empty();
        Optional<String> link = Optional.empty();
        boolean sqlBody = false;
        // each option once, as the server has it (SET may repeat)
        Set<String> seen = new HashSet<>();
        while (!c.atEnd()) {
            Token option = c.peek();
            String key = routineOptionKey(option);
            if (key != null && !seen.add(key)) {
                throw c.errorAt(option, key.equals("body") ? "duplicate function body specified"
                    : "conflicting or redundant options");
            }
            if (c.accept("language")) {
                Token t = c.next();
                language = t.value().toLowerCase(Locale.ROOT);
            } else if (c.accept("immutable") || c.accept("stable") || c.accept("volatile")) {
                volatility = c.previous().value().toUpperCase(Locale.ROOT);
            } else if (c.acceptSeq("not", "leakproof")) {
                leakproof = false;
            } else if (c.accept("leakproof")) {
                leakproof = true;
            } else if (c.acceptSeq("called", "on", "null", "input")) {
                strict = false;
            } else if (c.acceptSeq("returns", "null", "on", "null", "input") || c.accept("strict")) {
                strict = true;
            } else if (c.accept("external") || c.is("security")) {
                c.expect("security");
                definer = c.next().value().equals("definer");
            } else if (c.accept("parallel")) {
                parallel = c.next().value().toUpperCase(Locale.ROOT);
            } else if (c.accept("cost")) {
                cost = numeric(c.expect(TokenType.NUMBER));
            } else if (c.accept("rows")) {
                rows = numeric(c.expect(TokenType.NUMBER));
            } else if (c.accept("window")) {
                window = true;
            } else if (c.accept("support")) {
                name();
            } else if (c.accept("transform")) {
                while (!c.atEnd() && (c.is("for") || c.is("type") || c.isName() || c.is(TokenType.COMMA))) {
                    if (c.is("language") || c.is("as") || c.is("immutable") || c.is("stable")) {
                        break;
                    }
                    c.next();
                }
            } else if (c.accept("set")) {
                settings.add(setting());
            } else if (c.accept("reset")) {
                resets.add(c.accept("all") ? "all" : settingName());
            } else if (c.accept("as")) {
                Token t = c.next();
                if (t.type() != TokenType.STRING && t.type() != TokenType.DOLLAR_STRING) {
                    throw c.errorAt(t, "expected the function's definition as a string after AS");
                }
                body = Optional.of(t.value());
                if (c.accept(TokenType.COMMA)) {
                    link = Optional.of(c.expect(TokenType.STRING).value());
                }
            } else if (create && (c.is("return") || c.isSeq("begin", "atomic"))) {
                int from = c.position();
                if (c.accept("return")) {
                    Expr e = expr.parse();
                    body = Optional.of("RETURN " + Canonicalizer.shallow(e));
                } else {
                    while (!c.atEnd()) {
                        c.next();
                    }
                    body = Optional.of(TokenText.canonical(c.statement().tokens(), from,
                        c.position()));
                }
                sqlBody = true;
            } else if (!create && (c.accept("restrict"))) {
                continue;
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in a function definition");
            }
        }
        return new RoutineOptions(language, volatility, strict, definer, leakproof, parallel, cost, rows, window,
            settings, resets, body, link, sqlBody);
    }

    private String settingName() {
        StringBuilder sb = new StringBuilder(c.expectName());
        while (c.accept(TokenType.DOT)) {
            sb.append('.').append(c.expectName());
        }
        return sb.toString();
    }

    /** {@code SET name TO | = value [, …]} or {@code SET name FROM CURRENT}, as {@code name=value, value}. */
    private String setting() {
        String name = settingName();
        if (c.acceptSeq("from", "current")) {
            return name + " FROM CURRENT";
        }
        if (!c.accept("to")) {
            if (!c.peek().isOperator("=")) {
                throw c.error("expected TO or = in SET");
            }
            c.next();
        }
        List<String> values = c.commaList(this::signedValue);
        return name + "=" + String.join(", ", values);
    }

    RoutineRef routineRef() {
        Name name = name();
        Optional<List<FunctionArg>> args = Optional.empty();
        if (c.is(TokenType.LPAREN)) {
            args = Optional.of(functionArgs(false));
        }
        return new RoutineRef(name, args);
    }

    Ddl alterRoutine(int at) {
        RoutineRef ref = routineRef();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.AlterRoutine(ref, Optional.of(c.expectName()), Optional.empty(), null, at);
        }
        if (c.acceptSeq("set", "schema")) {
            return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.of(c.expectName()), null, at);
        }
        if (c.is("depends") || c.is("no")) {
            return new Ignored("ALTER FUNCTION DEPENDS ON EXTENSION");
        }
        return new Ddl.AlterRoutine(ref, Optional.empty(), Optional.empty(), routineOptions(false), at);
    }

    Ddl alterTrigger(int at) {
        String name = c.expectName();
        c.expect("on");
        Name table = name();
        if (c.acceptSeq("rename", "to")) {
            return new Ddl.RenameTrigger(name, table, c.expectName(), at);
        }
        return new Ignored("ALTER TRIGGER … DEPENDS ON EXTENSION");
    }

    Ddl createTrigger(int at, boolean orReplace, boolean constraint) {
        String name = c.expectName();
        String timing;
        if (c.accept("before")) {
            timing = "BEFORE";
        } else if (c.accept("after")) {
            timing = "AFTER";
        } else {
            c.expectSeq("instead", "of");
            timing = "INSTEAD OF";
        }
        Map<String, String> events = new TreeMap<>();
        do {
            String ev = c.next().value();
            switch (ev) {
                case "insert", "delete", "truncate" -> events.put(ev, ev.toUpperCase(Locale.ROOT));
                case "update" -> {
                    String text = "UPDATE";
                    if (c.accept("of")) {
                        List<String> cols = c.commaList(() -> Identifiers.quote(c.expectName()));
                        text += " OF " + String.join(", ", cols);
                    }
                    events.put(ev, text);
                }
                default -> throw c.errorAt(c.previous(), "expected INSERT, UPDATE, DELETE or TRUNCATE");
            }
        } while (c.accept("or"));
        List<String> ordered = new ArrayList<>();
        for (String ev : List.of("insert", "delete", "update", "truncate")) {
            if (events.containsKey(ev)) {
                ordered.add(events.get(ev));
            }
        }
        c.expect("on");
        Name table = name();
        Optional<Name> from = Optional.empty();
        Constraint.Deferrability d = Constraint.Deferrability.NOT_DEFERRABLE;
        String referencing = "";
        boolean row = false;
        Optional<ExprText> when = Optional.empty();
        while (!c.is("execute")) {
            if (c.accept("from")) {
                from = Optional.of(name());
            } else if (c.is("deferrable") || c.is("initially") || c.isSeq("not", "deferrable")) {
                d = p.tables.deferrability();
            } else if (c.accept("referencing")) {
                StringBuilder sb = new StringBuilder("REFERENCING");
                while (c.is("old") || c.is("new")) {
                    String which = c.next().value().toUpperCase(Locale.ROOT);
                    c.expect("table");
                    c.accept("as");
                    sb.append(' ').append(which).append(" TABLE AS ")
                        .append(Identifiers.quote(c.expectName()));
                }
                referencing = sb.toString();
            } else if (c.accept("for")) {
                c.accept("each");
                row = c.next().value().equals("row");
            } else if (c.accept("when")) {
                c.expect(TokenType.LPAREN);
                when = Optional.of(exprText(false));
                c.expect(TokenType.RPAREN);
            } else {
                throw c.error("unexpected " + TokenCursor.describe(c.peek()) + " in CREATE TRIGGER");
            }
        }
        c.expect("execute");
        if (!c.accept("function")) {
            c.expect("procedure");
        }
        Name function = name();
        c.expect(TokenType.LPAREN);
        List<String> args = c.is(TokenType.RPAREN) ? List.of() : c.commaList(this::signedValue);
        c.expect(TokenType.RPAREN);
        return new Ddl.CreateTrigger(name, orReplace, constraint, timing, ordered, table, from, d, referencing, row,
            when, function, args, at);
    }
}
