package io.schemadiff.parser.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database a psql {@code \connect} line names: {@code \c db [user host port]}, a connection string
 * ({@code "dbname='db' host=…"}, as pg_dump writes it with {@code -reuse-previous=on}), or a URI
 * ({@code postgresql://host/db}). Empty for {@code -} (the same database) or when no database is named.
 */
final class PsqlConnect {
    private PsqlConnect() {}

    static Optional<String> database(String line) {
        List<String> args = arguments(line);
        int i = 1;
        while (i < args.size() && args.get(i).startsWith("-reuse-previous")) {
            i++;
        }
        if (i >= args.size()) {
            return Optional.empty();
        }
        String first = args.get(i);
        if (first.startsWith("postgresql://") || first.startsWith("postgres://")) {
            String rest = first.substring(first.indexOf("//") + 2);
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            String db = rest.substring(slash + 1);
            int q = db.indexOf('?');
            db = q >= 0 ? db.substring(0, q) : db;
            return db.isEmpty() ? Optional.empty() : Optional.of(db);
        }
        if (first.contains("=")) {
            return keyword(first, "dbname");
        }
        return first.equals("-") || first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /** The value of {@code key} in a {@code key=value key='value'} connection string. */
    private static Optional<String> keyword(String conninfo, String key) {
        int i = 0;
        int n = conninfo.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(conninfo.charAt(i))) {
                i++;
            }
            int eq = conninfo.indexOf('=', i);
            if (eq < 0) {
                return Optional.empty();
            }
            String k = conninfo.substring(i, eq).trim();
            i = eq + 1;
            while (i < n && Character.isWhitespace(conninfo.charAt(i))) {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && conninfo.charAt(i) == '\'') {
                i++;
                while (i < n && conninfo.charAt(i) != '\'') {
                    char c = conninfo.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = conninfo.charAt(++i);
                    }
                    v.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(conninfo.charAt(i))) {
                    v.append(conninfo.charAt(i++));
                }
            }
            if (k.equals(key)) {
                return v.isEmpty() ? Optional.empty() : Optional.of(v.toString());
            }
        }
        return Optional.empty();
    }

    /** The words of a meta-command line, as psql splits them: double quotes keep spaces (and "" is one quote). */
    private static List<String> arguments(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder w = new StringBuilder();
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                char c = line.charAt(i);
                if (c == '"') {
                    i++;
                    while (i < n) {
                        if (line.charAt(i) == '"') {
                            if (i + 1 < n && line.charAt(i + 1) == '"') {
                                w.append('"');
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        w.append(line.charAt(i++));
                    }
                    i++;
                } else {
                    w.append(c);
                    i++;
                }
            }
            out.add(w.toString());
        }
        return out;
    }
}
