package io.schemadiff.parser.expr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A jsonb literal as the server prints the value it stores: object keys unique (the last wins) and ordered by
 * length then bytes, {@code ": "} and {@code ", "} between items, strings escaped as escape_json() does. Numbers
 * keep their text (jsonb stores them as numeric, which prints them as written, bar exponents; those are left
 * alone). Text that is not JSON is left as it is (the server would reject it).
 */
public final class Jsonb {
    private final String s;
    private int i;

    private Jsonb(String s) {
        this.s = s;
    }

    public static Optional<String> canonical(String text) {
        try {
            Jsonb p = new Jsonb(text);
            p.ws();
            StringBuilder sb = new StringBuilder();
            p.value(sb);
            p.ws();
            return p.i == text.length() ? Optional.of(sb.toString()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void ws() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
            || s.charAt(i) == '\r')) {
            i++;
        }
    }

    private void value(StringBuilder sb) {
        char c = s.charAt(i);
        if (c == '{') {
            i++;
            ws();
            // jsonb orders keys by length, then by their bytes (UTF-8; for these comparisons, UTF-16 order of
            // the same text agrees except outside the BMP)
            Map<String, String> members = new TreeMap<>(Jsonb::compareBytes);
            if (s.charAt(i) != '}') {
                while (true) {
                    ws();
                    String key = string();
                    ws();
                    expect(':');
                    ws();
                    StringBuilder v = new StringBuilder();
                    value(v);
                    members.put(key, v.toString());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            expect('}');
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, String> m : members.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                quote(m.getKey(), sb);
                sb.append(": ").append(m.getValue());
            }
            sb.append('}');
        } else if (c == '[') {
            i++;
            ws();
            List<String> items = new ArrayList<>();
            if (s.charAt(i) != ']') {
                while (true) {
                    ws();
                    StringBuilder v = new StringBuilder();
                    value(v);
                    items.add(v.toString());
                    ws();
                    if (s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            expect(']');
            sb.append('[').append(String.join(", ", items)).append(']');
        } else if (c == '"') {
            quote(string(), sb);
        } else if (s.startsWith("true", i) || s.startsWith("null", i)) {
            sb.append(s, i, i + 4);
            i += 4;
        } else if (s.startsWith("false", i)) {
            sb.append("false");
            i += 5;
        } else {
            int from = i;
            if (s.charAt(i) == '-') {
                i++;
            }
            while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (from == i || (i - from == 1 && s.charAt(from) == '-')) {
                throw new IllegalArgumentException("not JSON");
            }
            sb.append(s, from, i);
        }
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        i++;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape");
                }
            } else {
                out.append(c);
            }
        }
        i++;
        return out.toString();
    }

    /** escape_json(). */
    private static void quote(String v, StringBuilder sb) {
        sb.append('"');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        return Arrays.compareUnsigned(x, y);
    }
}
