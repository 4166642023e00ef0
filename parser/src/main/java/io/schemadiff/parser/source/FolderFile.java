package io.schemadiff.parser.source;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of a folder as {@link Migrations} sees it, wherever the folder is (the file system, a git revision, the
 * index, or files about to be written): its path in the folder ({@code /}-separated), the name it is reported by,
 * and its text, read when first asked for (a layout is told by names; most texts are read only to be replayed).
 */
public final class FolderFile {
    private final String path;
    private final String name;
    private Supplier<String> loader;
    private String text;

    public FolderFile(String path, String name, Supplier<String> text) {
        this.path = Objects.requireNonNull(path, "path");
        this.name = Objects.requireNonNull(name, "name");
        this.loader = Objects.requireNonNull(text, "text");
    }

    /** A file whose text is at hand. */
    public static FolderFile of(String path, String name, String text) {
        Objects.requireNonNull(text, "text");
        return new FolderFile(path, name, () -> text);
    }

    /** The path in the folder: {@code 0001_init.sql}, {@code deploy/users.sql}. */
    public String path() {
        return path;
    }

    /** The name messages give it: {@code db/migrations/0001_init.sql}, {@code HEAD:db/migrations/0001_init.sql}. */
    public String name() {
        return name;
    }

    /** The last segment of the path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder of the path, {@code ""} at the top. */
    public String dir() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public synchronized String text() {
        if (text == null) {
            text = loader.get();
            loader = null;
        }
        return text;
    }

    @Override
    public String toString() {
        return name;
    }
}
