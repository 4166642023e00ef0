package io.schemadiff.parser.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens what a user names on the command line: a file (or anything that reads as one: {@code /dev/null}, a pipe),
 * a folder of migrations (in the layout of the tool that runs them: {@link Migrations}; else every {@code .sql}
 * file in name order, sub-folders included), {@code -} for standard input,
 * {@code REV:path} for a file or folder at a git revision ({@code HEAD~1:db/schema.sql}) and {@code :path} for it
 * as staged, read without checking anything out ({@link GitSources}).
 */
public final class Sources {
    private Sources() {}

    public static List<Source> open(String spec) {
        return open(spec, Path.of("."));
    }

    /** {@code workDir} is where relative paths and git commands are taken from. */
    public static List<Source> open(String spec, Path workDir) {
        return open(spec, workDir, Optional.empty());
    }

    /**
     * As {@link #open(String, Path)}, a folder read as migrations of {@code format} (empty: the layout its files
     * show, {@link Migrations}). A file is read as it is.
     */
    public static List<Source> open(String spec, Path workDir, Optional<MigrationFormat> format) {
        if (spec.equals("-")) {
            return List.of(new Source("<stdin>", read(System.in, "<stdin>")));
        }
        Path p = workDir.resolve(spec);
        if (Files.isDirectory(p)) {
            return Migrations.read(p, spec, format).sources();
        }
        if (Files.exists(p)) {
            // a file, or anything else that reads as one: /dev/null, a pipe (<(git show …)), a device
            return List.of(file(p, spec));
        }
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            return GitSources.open(spec, spec.substring(0, colon), spec.substring(colon + 1), workDir, format);
        }
        throw new InputError("cannot read " + spec + ": no such file or directory");
    }

    static Source file(Path p, String name) {
        try (InputStream in = Files.newInputStream(p)) {
            return new Source(name, decode(in.readAllBytes(), name));
        } catch (IOException e) {
            throw new InputError("cannot read " + name + ": " + e.getMessage());
        }
    }

    /**
     * Name order as people mean it for numbered migrations: digits compare as numbers, so V2 comes before V10
     * (with zero-padded names this is plain name order).
     */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new BigInteger(a.substring(si, i)).compareTo(new BigInteger(b.substring(sj,
                    j)));
                if (c != 0) {
                    return c;
                }
                continue;
            }
            if (x != y) {
                return Character.compare(x, y);
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static String read(InputStream in, String name) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return decode(buf.toByteArray(), name);
        } catch (IOException e) {
            throw new InputError("cannot read " + name + ": " + e.getMessage());
        }
    }

    /**
     * UTF-8, strictly (a file in another encoding is an error, not mojibake), without a byte-order mark. A byte that
     * is not UTF-8 is an error at its line and column (the line shown with U+FFFD for the bad bytes).
     */
    public static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        if (!r.isError()) {
            return text.substring(bom);
        }
        int bad = in.position();
        StringBuilder hex = new StringBuilder();
        for (int i = bad; i < bad + r.length() && i < bytes.length; i++) {
            hex.append(hex.length() > 0 ? " " : "").append(String.format("0x%02x", bytes[i] & 0xFF));
        }
        int lineEnd = bad;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String rest = new String(bytes, bad, lineEnd - bad, StandardCharsets.UTF_8);
        Source shown = new Source(name, text.substring(bom) + rest);
        throw new InputError(shown, text.length() - bom, "invalid byte sequence for encoding \"UTF8\": " + hex
            + " (the file is not UTF-8: convert it, e.g. with iconv)");
    }
}
