package io.schemadiff.parser.lex;

import io.schemadiff.parser.source.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rename hints written as comments: {@code -- schemadiff: renamed from old_name} on the line of a definition. The
 * lexer skips comments; hints are found here instead, outside the lexer's loop, so that reading a schema without
 * any costs one {@link String#indexOf} over its text.
 */
public final class RenameComments {
    private RenameComments() {}

    static final String MARK = "schemadiff:";
    private static final int[] NONE = new int[0];

    /**
     * One hint comment in a statement.
     *
     * @param offset  where its {@code --} is
     * @param from    the old name (an identifier folded as the server folds it, or a quoted one as written), or null
     *                when the comment cannot be read ({@code problem} says why)
     * @param quoted  whether the old name was written in quotes (a label's case is then as written)
     * @param raw     the old name exactly as written, unquoted (an enum label taken as written)
     * @param problem why the comment is not a hint the tool understands; null when it is
     * @param element the first token of the comment's line that belongs to the statement: what the hint is on
     */
    public record Hint(int offset, String from, boolean quoted, String raw, String problem, Token element) {}

    /** The offsets of the {@code --} of every comment that starts with {@code schemadiff:}; empty when none. */
    public static int[] find(String text) {
        int at = text.indexOf(MARK);
        if (at < 0) {
            return NONE;
        }
        int[] out = new int[4];
        int n = 0;
        for (; at >= 0; at = text.indexOf(MARK, at + MARK.length())) {
            int i = at - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            if (i >= 1 && text.charAt(i) == '-' && text.charAt(i - 1) == '-') {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i - 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The hints of {@code st}: the comments among {@code candidates} ({@link #find}'s offsets in its source) between
     * its tokens, or after its last token on the same line with only its semicolon between. A candidate inside a
     * token (a string that happens to hold the words) is none.
     */
    public static List<Hint> in(Statement st, int[] candidates) {
        if (candidates.length == 0) {
            return List.of();
        }
        String text = st.source().text();
        List<Token> tokens = st.tokens();
        int start = st.start();
        int end = st.end();
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        int first = Arrays.binarySearch(candidates, start);
        List<Hint> out = new ArrayList<>(1);
        for (int i = first < 0 ? -first - 1 : first; i < candidates.length && candidates[i] < lineEnd; i++) {
            int c = candidates[i];
            if (c >= end) {
                if (!text.substring(end, c).isBlank() && !text.substring(end, c).strip().equals(";")) {
                    continue;
                }
            } else if (insideToken(tokens, c)) {
                continue;
            }
            Token element = firstOnLine(st, c);
            if (element != null) {
                out.add(read(text, c, element));
            }
        }
        return out;
    }

    private static boolean insideToken(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The first name or string token of the statement on the line of {@code offset} (punctuation skipped). */
    private static Token firstOnLine(Statement st, int offset) {
        Source src = st.source();
        int line = src.line(offset);
        Token found = null;
        for (Token t : st.tokens()) {
            if (t.start() > offset) {
                break;
            }
            int l = src.line(t.start());
            if (l == line && (t.isName() || t.is(TokenType.STRING))) {
                found = t;
                break;
            }
        }
        return found;
    }

    /** Reads {@code -- schemadiff: renamed from NAME} at {@code at}. */
    static Hint read(String text, int at, Token element) {
        int eol = at;
        while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
            eol++;
        }
        String body = text.substring(at + 2, eol).strip().substring(MARK.length()).strip();
        String[] words = body.split("\\s+", 3);
        if (words.length < 3 || !words[0].equalsIgnoreCase("renamed") || !words[1].equalsIgnoreCase("from")) {
            return new Hint(at, null, false, null, "a schemadiff comment must read: -- schemadiff: renamed from OLD_NAME",
                element);
        }
        String name = words[2].strip();
        List<Token> ts;
        try {
            ts = Lexer.tokenize(new Source("", name));
        } catch (RuntimeException e) {
            ts = List.of();
        }
        Token t = ts.size() == 2 ? ts.get(0) : null;
        if (t == null || !(t.isName() || t.is(TokenType.STRING))) {
            return new Hint(at, null, false, null, "the old name must be one name, without its schema or table "
                + "(in double quotes if it holds spaces, dots or capitals): -- schemadiff: renamed from OLD_NAME",
                element);
        }
        boolean quoted = !t.is(TokenType.IDENT);
        return new Hint(at, t.value(), quoted, quoted ? t.value() : name, null, element);
    }
}
