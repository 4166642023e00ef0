package io.schemadiff.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where two texts the server reports are taken as equal although they differ: PostgreSQL's own
 * re-parse of an IN list. {@code status IN ('a', 'b')} on a varchar column is stored as
 * {@code status::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])}; reading that text back
 * (pg_dump's output, or a migration written from it) stores
 * {@code ARRAY['a'::character varying::text, 'b'::character varying::text]}. Same meaning, different trees, so no
 * migration could make them match; the comparison treats them as equal and says so in a note.
 */
final class Equivalence {
    private Equivalence() {}

    /** A literal with casts: {@code 'a'::character varying}, {@code 'x'::public.mood}. */
    private static final Pattern CAST_LITERAL = Pattern.compile(
        "'(?:[^']|'')*'(?:::[\\w.\" ]+?(?:\\(\\d+(?:,\\s*\\d+)?\\))?)+");

    /** {@code ARRAY[e1::T1, …]::T2[]} becomes {@code ARRAY[e1::T1::T2, …]}: literal elements only. */
    static String canonical(String text) {
        if (text == null || !text.contains("ARRAY[")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int start = text.indexOf("ARRAY[", pos);
            if (start < 0) {
                out.append(text, pos, text.length());
                return out.toString();
            }
            int close = matchingBracket(text, start + 5);
            if (close < 0) {
                out.append(text, pos, text.length());
                return out.toString();
            }
            Matcher cast = Pattern.compile("::([\\w.\" ]+?(?:\\(\\d+(?:,\\s*\\d+)?\\))?)\\[\\]").matcher(text);
            cast.region(close + 1, text.length());
            List<String> elements = split(text.substring(start + 6, close));
            boolean literals = !elements.isEmpty()
                && elements.stream().allMatch(e -> CAST_LITERAL.matcher(e.strip()).matches());
            if (cast.lookingAt() && literals) {
                String type = cast.group(1);
                out.append(text, pos, start).append("ARRAY[");
                for (int i = 0; i < elements.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(elements.get(i).strip()).append("::").append(type);
                }
                out.append(']');
                pos = cast.end();
            } else {
                out.append(text, pos, close + 1);
                pos = close + 1;
            }
        }
    }

    /** The index of the {@code ]} closing the {@code [} at {@code open}, outside quotes; -1 if none. */
    private static int matchingBracket(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Top-level comma-separated parts (outside quotes, parentheses and brackets). */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }
}
