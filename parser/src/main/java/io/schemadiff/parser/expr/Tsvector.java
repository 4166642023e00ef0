package io.schemadiff.parser.expr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tsvector literal as the server prints the value: its lexemes unique and sorted (by their bytes), each
 * quoted ({@code 'b a'} is {@code 'a' 'b'}). Lexemes with positions or weights are left as written.
 */
public final class Tsvector {
    private Tsvector() {}

    public static Optional<String> canonical(String text) {
        TreeMap<String, String> lexemes = new TreeMap<>((a, b) -> {
            byte[] x = a.getBytes(StandardCharsets.UTF_8);
            byte[] y = b.getBytes(StandardCharsets.UTF_8);
            int c = Arrays.compareUnsigned(x, 0, Math.min(x.length, y.length), y, 0,
                Math.min(x.length, y.length));
            return c != 0 ? c : Integer.compare(x.length, y.length);
        });
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder lex = new StringBuilder();
            if (text.charAt(i) == '\'') {
                i++;
                while (true) {
                    if (i >= n) {
                        return Optional.empty();
                    }
                    char c = text.charAt(i++);
                    if (c == '\'') {
                        if (i < n && text.charAt(i) == '\'') {
                            lex.append('\'');
                            i++;
                        } else {
                            break;
                        }
                    } else if (c == '\\' && i < n) {
                        lex.append(text.charAt(i++));
                    } else {
                        lex.append(c);
                    }
                }
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i++);
                    if (c == ':') {
                        i--;
                        break;
                    }
                    if (c == '\\' && i < n) {
                        c = text.charAt(i++);
                    }
                    lex.append(c);
                }
            }
            String positions = "";
            if (i < n && text.charAt(i) == ':') {
                int from = ++i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                positions = text.substring(from, i).toUpperCase(Locale.ROOT);
                if (!positions.matches("[0-9]+[A-D]?(,[0-9]+[A-D]?)*")) {
                    return Optional.empty();
                }
                positions = positions.replaceAll("D(?=,|$)", ""); // weight D, the default, is not printed
            }
            if (lex.length() == 0 || lexemes.containsKey(lex.toString()) && !positions.isEmpty()) {
                return Optional.empty();
            }
            lexemes.put(lex.toString(), positions);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> l : lexemes.entrySet()) {
            out.append(out.length() > 0 ? " " : "").append('\'').append(l.getKey().replace("'", "''")).append('\'');
            if (!l.getValue().isEmpty()) {
                out.append(':').append(l.getValue());
            }
        }
        return Optional.of(out.toString());
    }
}
