package io.schemadiff.parser.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The way up (or down) of a goose or dbmate migration file, which holds both: the file's text with every line of the
 * other direction emptied (its line break kept), so that positions in what is read are the file's own lines and
 * columns. A file the tool itself refuses is an {@link InputError} at the line it would refuse.
 */
final class MigrationSections {
    private MigrationSections() {}

    enum Direction { UP, DOWN }

    /** A line of a text: {@code [start, end)} without its line break, {@code next} after it. */
    private record Line(int start, int end, int next) {}

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int next = nl < 0 ? text.length() : nl + 1;
            int end = nl < 0 ? text.length() : nl;
            if (end > i && text.charAt(end - 1) == '\r') {
                end--;
            }
            out.add(new Line(i, end, next));
            i = next;
        }
        return out;
    }

    private static boolean blankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("--");
    }

    /** Appends a line kept, or only its line break. */
    private static void keep(StringBuilder out, String text, Line l, boolean kept) {
        if (kept) {
            out.append(text, l.start(), l.next());
        } else {
            out.append(text, l.end(), l.next());
        }
    }

    // ------------------------------------------------------------------ goose

    static final Pattern GOOSE_UP = Pattern.compile("(?mi)^--\\s*\\+goose\\s+up\\s*$");

    private enum Goose { START, UP, DOWN }

    /**
     * goose's own reading (internal/sqlparser): {@code -- +goose Up} first (only blank and comment lines before it),
     * at most one {@code -- +goose Down} after it, {@code StatementBegin} / {@code StatementEnd} in pairs, annotations
     * at the start of their line. A {@code StatementEnd} closes a statement even without a semicolon: the line is
     * read as one then.
     */
    static Source goose(FolderFile f, Direction want) {
        String text = f.text();
        Source src = new Source(f.name(), text);
        StringBuilder out = new StringBuilder(text.length());
        List<Source.Note> notes = new ArrayList<>();
        Goose state = Goose.START;
        int begin = -1;
        String lastCode = null;
        for (Line l : lines(text)) {
            String line = text.substring(l.start(), l.end());
            String t = line.strip();
            if (t.startsWith("--") && t.contains("+goose")) {
                if (!line.equals(line.stripLeading())) {
                    throw new InputError(src, l.start(), "a goose annotation must start its line (goose refuses "
                        + "the file)");
                }
                String cmd = t.replace("--", "").replaceFirst("\\+goose", "").strip().toLowerCase(Locale.ROOT);
                switch (cmd) {
                    case "up" -> {
                        if (state != Goose.START) {
                            throw new InputError(src, l.start(), "a second -- +goose Up (goose refuses the file)");
                        }
                        state = Goose.UP;
                        keep(out, text, l, want == Direction.UP);
                    }
                    case "down" -> {
                        if (state != Goose.UP) {
                            throw new InputError(src, l.start(), state == Goose.START
                                ? "-- +goose Down before -- +goose Up (goose refuses the file)"
                                : "a second -- +goose Down (goose refuses the file)");
                        }
                        if (begin >= 0) {
                            throw new InputError(src, begin, "-- +goose StatementBegin without StatementEnd "
                                + "before -- +goose Down (goose refuses the file)");
                        }
                        state = Goose.DOWN;
                        keep(out, text, l, want == Direction.DOWN);
                    }
                    case "statementbegin" -> {
                        if (state == Goose.START) {
                            throw new InputError(src, l.start(), "-- +goose StatementBegin before -- +goose Up "
                                + "(goose refuses the file)");
                        }
                        if (begin >= 0) {
                            throw new InputError(src, l.start(), "-- +goose StatementBegin inside another "
                                + "(goose refuses the file)");
                        }
                        begin = l.start();
                        lastCode = null;
                        keep(out, text, l, wanted(state, want));
                    }
                    case "statementend" -> {
                        if (begin < 0) {
                            throw new InputError(src, l.start(), "-- +goose StatementEnd without StatementBegin "
                                + "(goose refuses the file)");
                        }
                        begin = -1;
                        if (wanted(state, want) && lastCode != null && !endsWithSemicolon(lastCode)) {
                            // goose ends the statement here: so does a semicolon in its place
                            out.append(';').append(text, l.end(), l.next());
                        } else {
                            keep(out, text, l, wanted(state, want));
                        }
                    }
                    case "no transaction", "envsub off" -> keep(out, text, l, wanted(state, want));
                    case "envsub on" -> {
                        if (wanted(state, want)) {
                            notes.add(new Source.Note(l.start(), "not modeled yet: goose ENVSUB (${VAR} in the "
                                + "statements below is read as written, not as the environment makes it)"));
                        }
                        keep(out, text, l, wanted(state, want));
                    }
                    default -> throw new InputError(src, l.start(), "unknown goose annotation \"" + t
                        + "\" (goose refuses the file)");
                }
                continue;
            }
            if (state == Goose.START && !blankOrComment(line)) {
                throw new InputError(src, l.start(), "a statement before -- +goose Up (goose refuses the file)");
            }
            if (!blankOrComment(line)) {
                lastCode = line;
            }
            keep(out, text, l, wanted(state, want));
        }
        if (state == Goose.START) {
            throw new InputError(src, 0, "no -- +goose Up annotation (goose refuses the file)");
        }
        if (begin >= 0) {
            throw new InputError(src, begin, "-- +goose StatementBegin without StatementEnd (goose refuses the file)");
        }
        return new Source(f.name(), out.toString(), notes);
    }

    /** goose's test of a line that ends a statement: its last word before a {@code --} word ends with ';'. */
    static boolean endsWithSemicolon(String line) {
        String prev = "";
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith("--")) {
                break;
            }
            prev = word;
        }
        return prev.endsWith(";");
    }

    private static boolean wanted(Goose state, Direction want) {
        return state == Goose.UP && want == Direction.UP || state == Goose.DOWN && want == Direction.DOWN;
    }

    // ------------------------------------------------------------------ dbmate

    static final Pattern DBMATE_UP = Pattern.compile("(?m)^--\\s*migrate:up(\\s*$|\\s+\\S+)");
    private static final Pattern DBMATE_DOWN = Pattern.compile("(?m)^--\\s*migrate:down(\\s*$|\\s+\\S+)");

    /**
     * dbmate's own reading (pkg/dbmate/migration.go): one or more sections, each from a {@code -- migrate:up} to the
     * next, holding at most one {@code -- migrate:down}; before the first, only blank and comment lines.
     */
    static Source dbmate(FolderFile f, Direction want) {
        String text = f.text();
        Source src = new Source(f.name(), text);
        List<Integer> ups = new ArrayList<>();
        Matcher m = DBMATE_UP.matcher(text);
        while (m.find()) {
            ups.add(m.start());
        }
        if (ups.isEmpty()) {
            throw new InputError(src, 0, "no -- migrate:up (dbmate refuses the file)");
        }
        List<Line> lines = lines(text);
        for (Line l : lines) {
            if (l.start() >= ups.get(0)) {
                break;
            }
            if (!blankOrComment(text.substring(l.start(), l.end()))) {
                throw new InputError(src, l.start(), "a statement before -- migrate:up (dbmate refuses the file)");
            }
        }
        // where the way up runs: from each up directive to its section's down directive (or the section's end)
        List<int[]> upRanges = new ArrayList<>();
        for (int i = 0; i < ups.size(); i++) {
            int start = ups.get(i);
            int end = i + 1 < ups.size() ? ups.get(i + 1) : text.length();
            Matcher d = DBMATE_DOWN.matcher(text).region(start, end);
            int down = end;
            if (d.find()) {
                down = d.start();
                if (d.find()) {
                    throw new InputError(src, d.start(), "a second -- migrate:down after one -- migrate:up "
                        + "(dbmate refuses the file)");
                }
            }
            upRanges.add(new int[] {start, down, end});
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Line l : lines) {
            boolean up = false;
            boolean inSection = false;
            for (int[] r : upRanges) {
                if (l.start() >= r[0] && l.start() < r[2]) {
                    inSection = true;
                    up = l.start() < r[1];
                }
            }
            keep(out, text, l, inSection && (up == (want == Direction.UP)));
        }
        return new Source(f.name(), out.toString());
    }
}
