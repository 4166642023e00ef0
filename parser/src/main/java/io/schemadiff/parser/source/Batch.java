package io.schemadiff.parser.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Objects read from git in one process ({@code git cat-file --batch}), when first asked for: a file at a revision,
 * or every file of a folder, costs one process instead of one per file (a migrations folder at a revision holds
 * hundreds). Names are git's ({@code REV:path}, {@code :path}).
 */
final class Batch {
    /** What git has under a name: its type ({@code blob}, {@code tree}, … or {@code missing}) and its bytes. */
    record Found(String type, byte[] content) {}

    private final Path workDir;
    private final String spec;
    private final List<String> names;
    private Map<String, Found> found;

    Batch(Path workDir, String spec, List<String> names) {
        this.workDir = workDir;
        this.spec = spec;
        this.names = List.copyOf(names);
    }

    synchronized Found get(String name) {
        if (found == null) {
            found = read();
        }
        Found f = found.get(name);
        if (f == null) {
            throw new IllegalArgumentException(name + " was not asked for");
        }
        return f;
    }

    /** The text of a blob, as UTF-8 strictly; an input error naming it when it is not there or not text. */
    String text(String name) {
        Found f = get(name);
        if (!f.type().equals("blob")) {
            throw new InputError("cannot read " + name + ": git holds no file there (" + f.type() + ")");
        }
        return Sources.decode(f.content(), name);
    }

    private Map<String, Found> read() {
        if (names.stream().anyMatch(n -> n.indexOf('\n') >= 0)) {
            throw new InputError("cannot read " + spec + ": a name with a line break");
        }
        Map<String, Found> out = new HashMap<>();
        try {
            Process p = new ProcessBuilder("git", "cat-file", "--batch").directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // the names go in on their own thread: git answers while it reads, and a full pipe either way would block
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    for (String n : names) {
                        in.write((n + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // git stopped reading: what it answered is read below, the rest is missing
                }
            });
            InputStream answers = p.getInputStream();
            for (String n : names) {
                String header = line(answers);
                if (header == null) {
                    break;
                }
                // "<name> missing" (the name may hold spaces), or "<sha> <type> <size>" and the content
                if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                    out.put(n, new Found("missing", new byte[0]));
                    continue;
                }
                String[] parts = header.split(" ");
                if (parts.length != 3) {
                    break;
                }
                byte[] content = answers.readNBytes(Integer.parseInt(parts[2]));
                answers.read(); // the newline after the content
                out.put(n, new Found(parts[1], content));
            }
            writer.join();
            answers.transferTo(OutputStream.nullOutputStream());
            p.waitFor();
        } catch (IOException | RuntimeException e) {
            throw new InputError("cannot read " + spec + ": git could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError("interrupted while reading " + spec);
        }
        for (String n : names) {
            out.putIfAbsent(n, new Found("missing", new byte[0]));
        }
        return out;
    }

    /** One line of git's answers, without its newline; null at the end. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            buf.write(c);
        }
        return c < 0 && buf.size() == 0 ? null : buf.toString(StandardCharsets.UTF_8);
    }
}
