package io.schemadiff.parser.source;

/**
 * Input that cannot be read: a lexical or syntax error, or a statement that contradicts the schema read so far.
 * It names the place ({@code file:line:column}) and shows the offending line with a caret under the spot.
 * This is the only exception the reader lets out for bad input.
 */
public class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Source source;
    private final int offset;
    private final String reason;

    public InputError(Source source, int offset, String reason) {
        super(source == null ? reason : source.location(offset) + ": " + reason);
        this.source = source;
        this.offset = offset;
        this.reason = reason;
    }

    /** An error that has no place in a source (a file that cannot be read, a bad git revision). */
    public InputError(String reason) {
        this(null, 0, reason);
    }

    public Source source() {
        return source;
    }

    public int offset() {
        return offset;
    }

    /** The reason alone, without the location. */
    public String reason() {
        return reason;
    }

    /**
     * The message a user reads:
     * <pre>
     * schema.sql:3:14: error: unterminated quoted string
     *     3 | create table "users (
     *       |              ^
     * </pre>
     */
    public String render() {
        return render(source, offset, "error: " + reason);
    }

    /** {@code location: message}, then the line and a caret under {@code offset}. */
    /** The most of a line shown under an error, in characters. */
    private static final int MAX_SHOWN = 160;

    public static String render(Source source, int offset, String message) {
        message = printable(message);
        if (source == null) {
            return "error: " + message.replaceFirst("^error: ", "");
        }
        int line = source.line(offset);
        int col = source.column(offset);
        String text = printable(source.lineText(line));
        int shownCol = col;
        int points = text.codePointCount(0, text.length());
        if (points > MAX_SHOWN) {
            // a long line (a minified file, a generated expression) is shown around the spot only
            int from = Math.max(0, Math.min(col - 1 - MAX_SHOWN / 2, points - MAX_SHOWN));
            int to = Math.min(points, from + MAX_SHOWN);
            String cut = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
            text = (from > 0 ? "…" : "") + cut + (to < points ? "…" : "");
            col = col - from + (from > 0 ? 1 : 0);
        }
        StringBuilder caret = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < text.length() && cp < col - 1; cp++) {
            int c = text.codePointAt(i);
            caret.append(c == '\t' ? '\t' : ' ');
            i += Character.charCount(c);
        }
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        return source.name() + ":" + line + ":" + shownCol + ": " + message + "\n"
            + " " + gutter + " | " + text + "\n"
            + " " + pad + " | " + caret + "^";
    }

    /**
     * The text with control characters (a NUL, an escape sequence, …) shown as their Unicode pictures (U+2400 …), one
     * character for one, so that what is echoed cannot drive the terminal and the caret stays in place. Tabs stay.
     */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shown = c < 0x20 && c != '\t' ? (char) (0x2400 + c) : c == 0x7F ? '\u2421'
                : c >= 0x80 && c < 0xA0 ? '\uFFFD' : c;
            if (shown != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(shown);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
