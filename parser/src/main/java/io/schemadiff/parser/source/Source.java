package io.schemadiff.parser.source;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * SQL text with the name a user knows it by ({@code db/schema.sql}, {@code HEAD~1:db/schema.sql},
 * {@code <stdin>}), and the arithmetic from an offset in it to a line and column. Opening it may have found
 * something to report before any statement is read ({@link #notes()}: a file a migrations folder's layout leaves
 * out); reading reports those as warnings.
 */
public final class Source {
    /** Something opening the source found to report, at {@code offset} in its text. */
    public record Note(int offset, String message) {}

    private final String name;
    private final String text;
    private final List<Note> notes;
    private int[] lineStarts;

    public Source(String name, String text) {
        this(name, text, List.of());
    }

    public Source(String name, String text, List<Note> notes) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.notes = List.copyOf(notes);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** What opening it found to report (reported as warnings when it is read). */
    public List<Note> notes() {
        return notes;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[64];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // a line ends at LF, CR LF, or a CR alone (old Mac files, some editors' saved pg_dumps)
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }
        return lineStarts;
    }

    /** 1-based line of {@code offset}; lines end at LF, CR LF or CR. */
    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset}, counted in characters (code points) from the start of its line. */
    public int column(int offset) {
        int start = lineStarts()[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** The text of line {@code line} (1-based) without its line break. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--; // CR LF
        }
        return text.substring(start, Math.max(start, end));
    }

    /** {@code name:line:column} of {@code offset}. */
    public String location(int offset) {
        return name + ":" + line(offset) + ":" + column(offset);
    }

    @Override
    public String toString() {
        return name;
    }
}
