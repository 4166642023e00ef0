package io.schemadiff.differ;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
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
        return SchemaReader.read(List.of(new Source(file.getFileName().toString(), text(file))), privileges, role)
            .catalog();
    }

    public static Catalog read(String name, String sql) {
        return SchemaReader.read(name, sql).catalog();
    }

    /**
     * A case folder's {@code options} file holds the diff options the case is run with (as the verify corpus
     * runner reads it); {@code --with-privileges} is the one that changes how schemas are read.
     */
    public static boolean withPrivileges(Path dir) {
        Path options = dir == null ? null : dir.resolve("options");
        return options != null && Files.isRegularFile(options)
            && List.of(text(options).trim().split("\\s+")).contains("--with-privileges");
    }
}
