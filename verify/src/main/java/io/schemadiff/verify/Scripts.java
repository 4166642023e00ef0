package io.schemadiff.verify;

import io.schemadiff.parser.lex.Statement;
import io.schemadiff.parser.lex.StatementSplitter;
import io.schemadiff.parser.lex.Token;
import io.schemadiff.parser.lex.TokenType;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Runs SQL scripts into a database the way psql does: split into statements by the project's own splitter (dollar
 * quotes, {@code BEGIN ATOMIC} bodies, meta-commands), each sent as written, stopping at the first error.
 */
final class Scripts {
    private Scripts() {}

    /** A statement the server refused. */
    record Failure(String location, int index, int total, String sql, ServerError error) {
        /** {@code statement 3 of 7 (migration.sql:12:1) failed:} then the statement and the server's error. */
        String render(String indent) {
            StringBuilder sb = new StringBuilder();
            sb.append(indent).append("statement ").append(index).append(" of ").append(total).append(" (")
                .append(location).append(") failed:\n");
            for (String line : sql.split("\n", -1)) {
                sb.append(indent).append("    ").append(line).append('\n');
            }
            sb.append(error.render(sql, indent + "  "));
            return sb.toString();
        }

        /** One line for a list of failures. */
        String summary() {
            return "statement " + index + " of " + total + " (" + location + ") failed: " + firstLine(sql) + " — "
                + error.oneLine();
        }
    }

    /**
     * What running a script did.
     *
     * @param statements         statements sent to the server
     * @param transactions       transactions they ran in (statements run on their own count one each)
     * @param outsideTransaction statements that had to run outside a transaction block
     * @param warnings           things skipped (psql meta-commands, unknown settings)
     * @param failure            the statement that failed, if one did
     */
    record Outcome(int statements, int transactions, List<String> outsideTransaction, List<String> warnings,
                   Optional<Failure> failure) {
        boolean ok() {
            return failure.isEmpty();
        }
    }

    private record Item(Statement statement, String sql, String copyData) {
        String location() {
            return statement.location();
        }
    }

    /**
     * Loads schema files: every statement on its own, committed as it runs (psql {@code -v ON_ERROR_STOP=1 -f}).
     * A {@code SET} of a setting this server does not know (a newer pg_dump's {@code transaction_timeout}) is skipped
     * with a warning, as psql would go past it.
     */
    static Outcome load(Connection c, List<Source> sources) throws SQLException {
        List<String> warnings = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Source s : sources) {
            collect(s, items, warnings, 0);
        }
        c.setAutoCommit(true);
        int n = 0;
        for (Item it : items) {
            n++;
            try {
                execute(c, it);
            } catch (SQLException e) {
                ServerError err = ServerError.of(e);
                if (isSet(it.statement()) && err.sqlState().equals("42704")) {
                    warnings.add(it.location() + ": skipped: " + err.message());
                    continue;
                }
                return new Outcome(n, n, List.of(), warnings,
                    Optional.of(new Failure(it.location(), n, items.size(), it.sql(), err)));
            }
        }
        return new Outcome(n, n, List.of(), warnings, Optional.empty());
    }

    /**
     * Applies a migration. Without transaction control of its own it runs in transactions, broken where PostgreSQL
     * needs it: a statement that cannot run inside a transaction block ({@code CREATE INDEX CONCURRENTLY} and the
     * like) runs on its own, and the transaction is committed after {@code ALTER TYPE … ADD VALUE} so that later
     * statements can use the new label. A migration with its own {@code BEGIN} / {@code COMMIT} runs statement by
     * statement as written, like psql.
     */
    static Outcome apply(Connection c, Source migration) throws SQLException {
        List<String> warnings = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        collect(migration, items, warnings, 0);
        boolean explicit = items.stream().anyMatch(i -> isTransactionControl(i.statement()));
        List<String> alone = new ArrayList<>();
        int transactions = 0;
        int n = 0;
        if (explicit) {
            c.setAutoCommit(true);
            for (Item it : items) {
                n++;
                try {
                    execute(c, it);
                } catch (SQLException e) {
                    return new Outcome(n, transactions, alone, warnings,
                        Optional.of(new Failure(it.location(), n, items.size(), it.sql(), ServerError.of(e))));
                }
            }
            if (transactionState(c) != TransactionState.IDLE) {
                warnings.add("the migration leaves a transaction open at its end; psql would roll it back, and so "
                    + "did verify");
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }
            return new Outcome(n, transactions, alone, warnings, Optional.empty());
        }
        c.setAutoCommit(false);
        boolean pending = false;
        for (Item it : items) {
            n++;
            try {
                if (mustRunAlone(it.statement())) {
                    if (pending) {
                        c.commit();
                        transactions++;
                        pending = false;
                    }
                    c.setAutoCommit(true);
                    try {
                        execute(c, it);
                    } finally {
                        c.setAutoCommit(false);
                    }
                    transactions++;
                    alone.add(firstLine(it.sql()));
                } else {
                    execute(c, it);
                    pending = true;
                    if (isAddEnumValue(it.statement())) {
                        c.commit();
                        transactions++;
                        pending = false;
                    }
                }
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the failure is what gets reported
                }
                return new Outcome(n, transactions, alone, warnings,
                    Optional.of(new Failure(it.location(), n, items.size(), it.sql(), ServerError.of(e))));
            }
        }
        if (pending) {
            c.commit();
            transactions++;
        }
        c.setAutoCommit(true);
        return new Outcome(n, transactions, alone, warnings, Optional.empty());
    }

    private static TransactionState transactionState(Connection c) throws SQLException {
        return c.unwrap(BaseConnection.class).getTransactionState();
    }

    private static void execute(Connection c, Item it) throws SQLException {
        if (it.copyData() != null) {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(it.sql(), new StringReader(it.copyData()));
            } catch (IOException e) {
                throw new SQLException("COPY data could not be sent: " + e.getMessage(), e);
            }
            return;
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(it.sql());
        }
    }

    /** The statements of a source, psql meta-commands handled or skipped. */
    private static void collect(Source source, List<Item> out, List<String> warnings, int depth) {
        for (Statement st : StatementSplitter.split(source)) {
            if (st.isMeta()) {
                meta(source, st, out, warnings, depth);
                continue;
            }
            String sql = st.text();
            String data = isCopyFromStdin(st) ? copyData(source, st) : null;
            out.add(new Item(st, sql, data));
        }
    }

    private static void meta(Source source, Statement st, List<Item> out, List<String> warnings, int depth) {
        String text = st.tokens().get(0).value().trim();
        String[] parts = text.split("\\s+", 2);
        String cmd = parts[0].substring(1).toLowerCase(Locale.ROOT);
        switch (cmd) {
            case "restrict", "unrestrict", "set", "unset", "echo", "qecho", "timing", "pset", "encoding", "t", "a",
                "x", "o", "q" -> {
                // no effect on the schema
            }
            case "i", "include", "ir", "include_relative" -> {
                if (parts.length < 2 || depth > 20) {
                    warnings.add(st.location() + ": skipped psql " + text);
                    return;
                }
                String file = parts[1].trim().replaceAll("^'(.*)'$", "$1");
                Path base = cmd.startsWith("ir") || cmd.equals("include_relative")
                    ? Path.of(source.name()).toAbsolutePath().getParent() : Path.of(".");
                try {
                    for (Source s : Sources.open(base.resolve(file).toString())) {
                        collect(s, out, warnings, depth + 1);
                    }
                } catch (InputError e) {
                    warnings.add(st.location() + ": skipped psql " + text + ": " + e.getMessage());
                }
            }
            default -> warnings.add(st.location() + ": skipped psql meta-command " + text);
        }
    }

    private static boolean isCopyFromStdin(Statement st) {
        List<Token> t = st.tokens();
        if (!t.get(0).is("copy")) {
            return false;
        }
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).is("from") && t.get(i + 1).is("stdin")) {
                return true;
            }
        }
        return false;
    }

    /** The data lines after {@code COPY … FROM stdin;}, up to the {@code \.} line. */
    private static String copyData(Source source, Statement st) {
        String text = source.text();
        int semi = text.indexOf(';', st.end());
        int start = semi < 0 ? text.length() : text.indexOf('\n', semi);
        if (start < 0) {
            return "";
        }
        start++;
        StringBuilder data = new StringBuilder();
        int pos = start;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
            if (line.equals("\\.") || line.equals("\\.\r")) {
                break;
            }
            data.append(line).append('\n');
            pos = nl < 0 ? text.length() : nl + 1;
        }
        return data.toString();
    }

    static boolean isSet(Statement st) {
        return st.tokens().get(0).is("set");
    }

    /** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE, PREPARE TRANSACTION. */
    static boolean isTransactionControl(Statement st) {
        List<Token> t = st.tokens();
        Token first = t.get(0);
        if (first.type() != TokenType.IDENT) {
            return false;
        }
        return switch (first.value()) {
            case "begin", "commit", "end", "rollback", "abort", "savepoint", "release" -> true;
            case "start", "prepare" -> t.size() > 1 && t.get(1).is("transaction");
            default -> false;
        };
    }

    /** A statement PostgreSQL refuses inside a transaction block. */
    static boolean mustRunAlone(Statement st) {
        List<Token> t = st.tokens();
        for (Token k : t) {
            if (k.is("concurrently")) {
                return true;
            }
        }
        Token first = t.get(0);
        Token second = t.size() > 1 ? t.get(1) : null;
        if (first.is("vacuum")) {
            return true;
        }
        if (second == null) {
            return false;
        }
        if ((first.is("create") || first.is("drop")) && (second.is("database") || second.is("tablespace"))) {
            return true;
        }
        if ((first.is("create") || first.is("alter") || first.is("drop")) && second.is("subscription")) {
            return true;
        }
        if (first.is("alter") && second.is("system")) {
            return true;
        }
        return first.is("reindex") && (second.is("database") || second.is("system"));
    }

    /** {@code ALTER TYPE … ADD VALUE}: the new label cannot be used before the transaction commits. */
    static boolean isAddEnumValue(Statement st) {
        List<Token> t = st.tokens();
        if (t.size() < 4 || !t.get(0).is("alter") || !t.get(1).is("type")) {
            return false;
        }
        for (int i = 2; i + 1 < t.size(); i++) {
            if (t.get(i).is("add") && t.get(i + 1).is("value")) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
