package io.schemadiff.differ;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.RenameSet;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.rename.Renames;
import io.schemadiff.parser.source.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared testdata/ folder and reading schemas from it. */
public final class TestData {
    private TestData() {}

    public static Path root() {
        String dir = System.getProperty("testdata.dir");
        Path p = dir != null ? Path.of(dir) : Path.of("..", "testdata");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("testdata folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    /** Folders under {@code suite} that hold {@code marker}, sorted. */
    public static Stream<Path> cases(String suite, String marker) {
        try (Stream<Path> s = Files.walk(root().resolve(suite))) {
            return s.filter(p -> Files.isRegularFile(p.resolve(marker))).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Catalog read(Path file) {
        return read(file, withPrivileges(file.getParent()));
    }

    public static Catalog read(Path file, boolean privileges) {
        return read(file, privileges, null);
    }

    public static Catalog read(Path file, boolean privileges, String role) {
        return result(file, privileges, role).catalog();
    }

    /** What reading the file gives (with its rename hints), named by its file name; options as its folder's. */
    public static SchemaReader.Result result(Path file) {
        return result(file, withPrivileges(file.getParent()), null);
    }

    private static SchemaReader.Result result(Path file, boolean privileges, String role) {
        return SchemaReader.read(List.of(new Source(file.getFileName().toString(), text(file))), privileges, role);
    }

    /** The case's renames: its options' {@code --rename OLD=NEW}, and the hints of its to.sql. */
    public static RenameSet renames(Path dir, SchemaReader.Result from, SchemaReader.Result to) {
        List<String> flags = new java.util.ArrayList<>();
        List<String> words = options(dir);
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--rename") && i + 1 < words.size()) {
                flags.add(words.get(++i));
            } else if (words.get(i).startsWith("--rename=")) {
                flags.add(words.get(i).substring("--rename=".length()));
            }
        }
        return Renames.resolve(from, to, flags).set();
    }

    /** The words of a case folder's {@code options} file; none without one. */
    public static List<String> options(Path dir) {
        Path options = dir == null ? null : dir.resolve("options");
        if (options == null || !Files.isRegularFile(options) || text(options).isBlank()) {
            return List.of();
        }
        return List.of(text(options).trim().split("\\s+"));
    }

    public static Catalog read(String name, String sql) {
        return SchemaReader.read(name, sql).catalog();
    }

    /**
     * A case folder's {@code options} file holds the diff options the case is run with (as the verify corpus
     * runner reads it); {@code --with-privileges} is the one that changes how schemas are read.
     */
    public static boolean withPrivileges(Path dir) {
        return options(dir).contains("--with-privileges");
    }
}
