package io.schemadiff.cli;

import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Warning;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the schemas a command names, and reporting what could not be read. */
final class Inputs {
    private Inputs() {}

    /**
     * Reads both schemas: at the same time, on two threads (the two reads share nothing); and only once when
     * both sources hold the same text ({@code same}, as the caller found: the pre-commit hook's common case), which
     * then diff empty by definition.
     */
    static SchemaReader.Result[] readBoth(List<io.schemadiff.parser.source.Source> a,
                                          List<io.schemadiff.parser.source.Source> b, boolean same, boolean privileges,
                                          String role) {
        if (same) {
            SchemaReader.Result r = SchemaReader.read(a, privileges, role);
            return new SchemaReader.Result[] {r, new SchemaReader.Result(r.catalog(), List.of())};
        }
        // the two reads keep two cores busy; on a machine with four or more, each also pipelines its own parsing
        boolean spare = Runtime.getRuntime().availableProcessors() >= 4;
        java.util.concurrent.FutureTask<SchemaReader.Result> second = new java.util.concurrent.FutureTask<>(
            () -> spare ? SchemaReader.read(b, privileges, role)
            : SchemaReader.readOnOneThread(b, privileges, role));
        Thread t = new Thread(second, "read-second");
        t.setDaemon(true);
        t.start();
        SchemaReader.Result first = spare ? SchemaReader.read(a, privileges, role)
            : SchemaReader.readOnOneThread(a, privileges, role);
        try {
            return new SchemaReader.Result[] {first, second.get()};
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            } else if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean sameText(List<io.schemadiff.parser.source.Source> a,
                                    List<io.schemadiff.parser.source.Source> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).text().equals(b.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    static void reportError(PrintWriter err, InputError e) {
        err.println(e.render());
    }

    /** Warnings, grouped ({@link #warningLines}). */
    static void reportWarnings(PrintWriter err, List<Warning> warnings) {
        warningLines(warnings).forEach(err::println);
    }

    /**
     * Warnings, grouped: the same message from the same file is reported once with its first place and a count,
     * so a thousand INSERTs make one line, not a thousand.
     */
    static List<String> warningLines(List<Warning> warnings) {
        List<String> out = new ArrayList<>();
        Map<String, List<Warning>> groups = new LinkedHashMap<>();
        for (Warning w : warnings) {
            String key = w.source().name() + "\u0000" + groupKey(w.message());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        for (List<Warning> g : groups.values()) {
            Warning first = g.get(0);
            if (g.size() == 1) {
                out.add(first.render());
            } else {
                out.add(first.render() + " (and " + (g.size() - 1) + " more like it in " + first.source().name()
                    + ")");
            }
        }
        return out;
    }

    /** Messages that differ only in the object they name group together. */
    private static String groupKey(String message) {
        int of = message.indexOf(" of table ");
        if (of > 0) {
            return message.substring(0, of);
        }
        int paren = message.indexOf(" (ALTER TABLE ");
        if (paren > 0) {
            return message.substring(0, paren);
        }
        return message;
    }
}
