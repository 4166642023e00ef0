package io.schemadiff.differ.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage done to a schema file the way editors, merges, shells and people do it: cut short, a line lost or
 * doubled, words swapped, a stray quote or comment opener, other line endings, a byte-order mark, bytes that are not
 * UTF-8, a NUL. Each step is named, so that a failure says what was done to which file.
 */
final class Mutations {
    private Mutations() {}

    /** A file's bytes after some steps, and what the steps were. */
    record Mutant(String origin, List<String> steps, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return origin + " " + steps + " (" + bytes.length + " bytes)"
                + (text.length() <= 2000 ? ":\n" + text : ":\n" + text.substring(0, 2000) + "\n…");
        }
    }

    /** What may be put in at a random place. */
    private static final String[] PIECES = {"'", "\"", "$$", "$a$", "$1", "/*", "*/", "--", "(", ")", "((", "))",
        ";", ",", "[", "]", "::", ":", ".", "\\", "\\\n", "E'\\", "U&'", "U&\"", "B'", "X'", "\n\\connect other\n",
        "\n\\restrict k\r", "\r", "\r\n", "\u0000", "\u001b[2J", "\uFEFF", "\u00e9", "\uD83D\uDE00", "\u0301",
        " SELECT ", " CREATE ", " TABLE ", " VIEW ", " NOT ", " NULL ", " DEFAULT ", " CHECK (", " CASE ", " END ",
        " BEGIN ", " ATOMIC ", " AS ", " FROM ", " WHERE ", " AND ", " OR ", " ARRAY[", " ROW(", " DO $$ BEGIN ",
        " END $$;", " COPY t FROM stdin;\n", "\n\\.\n", " OPERATOR(", " COLLATE ", " REFERENCES ", " PRIMARY KEY ",
        " GENERATED ALWAYS AS ", " IDENTITY ", " PARTITION BY ", " INHERITS (", " OWNER TO ", " GRANT ", " ON ",
        " 1e", " 0x", " 99999999999999999999999 ", " -", " +", " ||", " ~~*", " =>", " := ", " $body$ "};

    /** Words put in place of others. */
    private static final String[] WORDS = {"select", "create", "table", "view", "alter", "drop", "comment", "on",
        "not", "null", "default", "check", "unique", "primary", "key", "references", "as", "from", "where", "begin",
        "end", "case", "when", "then", "function", "returns", "language", "index", "type", "enum", "domain", "schema",
        "sequence", "owned", "by", "grant", "revoke", "to", "do", "execute", "role", "policy", "trigger", "materialized",
        "with", "recursive", "union", "all", "distinct", "lateral", "join", "using", "constraint", "foreign", "set",
        "\"quoted id\"", "'str'", "42", "-1", "1.5", "$$x$$", "*", "(", ")"};

    /** Every piece and word a mutation puts in: what token soup is made of. */
    static List<String> pieces() {
        List<String> all = new ArrayList<>(List.of(PIECES));
        all.addAll(List.of(WORDS));
        return all;
    }

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    /** Numbers as the lexer reads them, in every form and size. */
    private static final String[] NUMBERS = {"0x500", "0X1F", "0o17", "0b101", "1.5", ".5", "5.", "1e3", "1e-3",
        "1e99999999", "99999999999", "9223372036854775808", "99999999999999999999999999999", "0", "00", "1_000",
        "0x_1", "-1", "+1", "2147483648"};

    private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xF8}};

    static Mutant mutate(String origin, String text, Random r) {
        List<String> steps = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        byte[] bytes = null;
        for (int i = 0; i < n; i++) {
            int op = r.nextInt(16);
            if (op == 15) {
                // bytes that are not UTF-8 (the last step: the text is bytes from here on)
                bytes = badBytes(text.getBytes(StandardCharsets.UTF_8), r, steps);
                break;
            }
            text = step(op, text, r, steps);
        }
        return new Mutant(origin, steps, bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8));
    }

    private static String step(int op, String text, Random r, List<String> steps) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (op) {
            case 0 -> {
                int at = r.nextInt(text.length() + 1);
                steps.add("truncate@" + at);
                return text.substring(0, at);
            }
            case 1 -> {
                int l = r.nextInt(lines.size());
                steps.add("delete line " + (l + 1));
                lines.remove(l);
                return String.join("\n", lines);
            }
            case 2 -> {
                int l = r.nextInt(lines.size());
                steps.add("duplicate line " + (l + 1));
                lines.add(l, lines.get(l));
                return String.join("\n", lines);
            }
            case 3 -> {
                if (lines.size() < 2) {
                    return text;
                }
                int l = r.nextInt(lines.size() - 1);
                steps.add("swap lines " + (l + 1) + "," + (l + 2));
                String a = lines.get(l);
                lines.set(l, lines.get(l + 1));
                lines.set(l + 1, a);
                return String.join("\n", lines);
            }
            case 4 -> {
                String[] words = text.split("(?<=\\s)|(?=\\s)", -1);
                List<Integer> real = new ArrayList<>();
                for (int i = 0; i < words.length; i++) {
                    if (!words[i].isBlank()) {
                        real.add(i);
                    }
                }
                if (real.size() < 2) {
                    return text;
                }
                int k = r.nextInt(real.size() - 1);
                int a = real.get(k);
                int b = real.get(k + 1);
                steps.add("swap words " + words[a] + " " + words[b]);
                String w = words[a];
                words[a] = words[b];
                words[b] = w;
                return String.join("", words);
            }
            case 5, 6, 7 -> {
                String piece = PIECES[r.nextInt(PIECES.length)];
                int at = r.nextInt(text.length() + 1);
                steps.add("insert " + printable(piece) + "@" + at);
                return text.substring(0, at) + piece + text.substring(at);
            }
            case 8 -> {
                String[] words = text.split("(?<=[\\s(),;])|(?=[\\s(),;])", -1);
                if (words.length == 0) {
                    return text;
                }
                int k = r.nextInt(words.length);
                String w = WORDS[r.nextInt(WORDS.length)];
                steps.add("replace " + printable(words[k]) + " by " + w);
                words[k] = w;
                return String.join("", words);
            }
            case 9 -> {
                int at = r.nextInt(text.length() + 1);
                int len = Math.min(text.length() - at, 1 + r.nextInt(40));
                steps.add("delete " + len + " chars@" + at);
                return text.substring(0, at) + text.substring(at + len);
            }
            case 10 -> {
                String eol = r.nextBoolean() ? "\r" : "\r\n";
                steps.add("line endings " + printable(eol));
                return text.replace("\r\n", "\n").replace("\n", eol);
            }
            case 11 -> {
                steps.add("byte-order mark");
                return "\uFEFF" + text;
            }
            case 12 -> {
                int at = r.nextInt(text.length() + 1);
                char c = (char) r.nextInt(0x20);
                steps.add("control character " + (int) c + "@" + at);
                return text.substring(0, at) + c + text.substring(at);
            }
            case 14 -> {
                // a number written otherwise: other bases, a fraction, an exponent, out of any range
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] span = spans.get(r.nextInt(spans.size()));
                String number = NUMBERS[r.nextInt(NUMBERS.length)];
                steps.add("renumber " + text.substring(span[0], span[1]) + " as " + number);
                return text.substring(0, span[0]) + number + text.substring(span[1]);
            }
            default -> {
                // a piece of the text repeated: longer statements, more of the same objects
                int at = r.nextInt(text.length() + 1);
                int len = Math.min(text.length() - at, 1 + r.nextInt(200));
                int times = 2 + r.nextInt(20);
                steps.add("repeat " + len + " chars@" + at + " x" + times);
                return text.substring(0, at) + text.substring(at, at + len).repeat(times) + text.substring(at);
            }
        }
    }

    private static byte[] badBytes(byte[] utf8, Random r, List<String> steps) {
        byte[] bad = BAD_BYTES[r.nextInt(BAD_BYTES.length)];
        int at = r.nextInt(utf8.length + 1);
        steps.add("bytes " + hex(bad) + "@" + at);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8, 0, at);
        out.write(bad, 0, bad.length);
        out.write(utf8, at, utf8.length - at);
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return sb.length() > 30 ? sb.substring(0, 30) + "…" : sb.toString();
    }
}
