package io.schemadiff.parser.source;

import java.util.List;
import java.util.Optional;

/**
 * A folder of migrations as read: its layout, the migrations it replays in order, every file it holds, and the
 * sources to read (each migration cut to its way up, and a note for each {@code .sql} file the layout leaves out).
 *
 * @param spec       the folder as the user named it
 * @param format     its layout, detected or named
 * @param root       where the migrations are inside the folder: {@code ""}, or {@code migrations/} for a
 *                   {@code prisma/} or {@code supabase/} folder
 * @param migrations the migrations replayed, in order
 * @param files      every file of the folder (migrations, down files, plans, anything else)
 * @param sources    what a reader reads
 */
public record MigrationFolder(String spec, MigrationFormat format, String root, List<Migration> migrations,
                              List<FolderFile> files, List<Source> sources) {
    public MigrationFolder {
        migrations = List.copyOf(migrations);
        files = List.copyOf(files);
        sources = List.copyOf(sources);
    }

    /**
     * One migration replayed.
     *
     * @param path        its file's path in the folder
     * @param version     its version as its name writes it ({@code 0003}, {@code 1_1}, {@code 20240101120000});
     *                    empty for a Flyway repeatable and a Sqitch change
     * @param description the rest of its name ({@code add_users}); a Sqitch change's name
     */
    public record Migration(String path, String version, String description) {}

    /** What is read of a migration the folder replays: its way up (a goose or dbmate file cut to it). */
    public Source up(Migration m) {
        String name = file(m.path()).orElseThrow().name();
        return sources.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The file at {@code path}, if the folder holds one. */
    public Optional<FolderFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
