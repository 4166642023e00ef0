package io.schemadiff.cli;

import io.schemadiff.parser.InputError;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.Warning;
import io.schemadiff.parser.source.Sources;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the schemas a command names, and reporting what could not be read. */
final class Inputs {
    private Inputs() {}

    static SchemaReader.Result read(String spec) {
        return SchemaReader.read(Sources.open(spec));
    }

    static void reportError(PrintWriter err, InputError e) {
        err.println(e.render());
    }

    /**
     * Warnings, grouped: the same message from the same file is reported once with its first place and a count,
     * so a thousand INSERTs make one line, not a thousand.
     */
    static void reportWarnings(PrintWriter err, List<Warning> warnings) {
        Map<String, List<Warning>> groups = new LinkedHashMap<>();
        for (Warning w : warnings) {
            String key = w.source().name() + "\u0000" + groupKey(w.message());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        for (List<Warning> g : groups.values()) {
            Warning first = g.get(0);
            if (g.size() == 1) {
                err.println(first.render());
            } else {
                err.println(first.render() + " (and " + (g.size() - 1) + " more like it in " + first.source().name()
                    + ")");
            }
        }
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
