package io.schemadiff.differ.kind;

import io.schemadiff.model.Identifiers;
import io.schemadiff.model.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pieces of statement text every kind writes with. Names are always qualified and quoted by {@link Identifiers};
 * expressions are printed as their author wrote them in the target schema.
 */
final class Sql {
    private Sql() {}

    static String q(String ident) {
        return Identifiers.quote(ident);
    }

    static String cols(List<String> columns) {
        return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    static String literal(String s) {
        return Identifiers.literal(s);
    }

    static String alterTable(QualifiedName table, String action) {
        return "ALTER TABLE " + table.sql() + " " + action;
    }

    /** {@code COMMENT ON what IS …}; {@code NULL} takes a comment away. */
    static String comment(String what, Optional<String> text) {
        return "COMMENT ON " + what + " IS " + text.map(Identifiers::literal).orElse("NULL");
    }

    /** {@code (text)}, unless the text is already one parenthesized expression. */
    static String parenthesized(String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            int depth = 0;
            boolean wraps = true;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\'' || c == '"') {
                    return "(" + text + ")"; // quoted text: do not try to be clever
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0 && i != t.length() - 1) {
                    wraps = false;
                    break;
                }
            }
            if (wraps) {
                return t;
            }
        }
        return "(" + text + ")";
    }

    /** The body between dollar quotes whose tag does not occur in it. */
    static String dollarQuoted(String body) {
        String tag = "";
        while (body.contains("$" + tag + "$")) {
            tag = tag + "_";
        }
        return "$" + tag + "$" + body + "$" + tag + "$";
    }

    /** The enabled state of a trigger or an event trigger (O, D, R, A) as ALTER … ENABLE / DISABLE writes it. */
    static String enabled(char state) {
        return switch (state) {
            case 'D' -> "DISABLE";
            case 'R' -> "ENABLE REPLICA";
            case 'A' -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
    }
}
