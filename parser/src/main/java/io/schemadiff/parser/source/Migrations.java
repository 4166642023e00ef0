package io.schemadiff.parser.source;

import io.schemadiff.parser.source.MigrationFolder.Migration;
import io.schemadiff.parser.source.MigrationSections.Direction;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder of migrations in the layout of the tool that runs them ({@link MigrationFormat}): which files are
 * migrations, their order, and the way up of each. The layout is named, or told from the folder's files: a
 * {@code sqitch.plan}; {@code <dir>/migration.sql} (Prisma); {@code N_x.up.sql} / {@code N_x.down.sql}
 * (golang-migrate); {@code V<version>__x.sql} (Flyway); a {@code -- +goose Up} (goose) or {@code -- migrate:up}
 * (dbmate) line; a folder {@code supabase/migrations} (Supabase); otherwise every {@code .sql} file in name order.
 *
 * <p>The folder is a list of {@link FolderFile}s, so that the same reading serves a folder on disk, at a git
 * revision, in the index, and a folder with files about to be written. A {@code .sql} file the layout leaves out
 * (it is not named as a migration, so the tool would not run it) is reported as a warning with its name, not read.
 * Two migrations of one version, as after merging two branches that each added one, are an error: the tools refuse
 * them (or, dbmate, fail on the second).
 */
public final class Migrations {
    private Migrations() {}

    private static final Pattern FLYWAY = Pattern.compile("([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql");
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.*)\\.sql");
    private static final Pattern FLYWAY_CALLBACK = Pattern.compile("(before|after)[A-Z][A-Za-z]*(__.*)?\\.sql");
    private static final Pattern GOLANG = Pattern.compile("(\\d+)_(.*)\\.(up|down)\\.sql");
    /** goose and Supabase: {@code <version>_<name>.sql}. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)_(.*)\\.sql");
    private static final Pattern GOOSE_GO = Pattern.compile("(\\d+)_.*\\.go");
    private static final Pattern DBMATE = Pattern.compile("(\\d+)(.*)\\.sql");
    private static final Pattern PRISMA = Pattern.compile("[^/]+/migration\\.sql");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)[-_.].*");

    /** The files of a folder on disk, every one (a layout is told by more than its {@code .sql} files). */
    public static List<FolderFile> list(Path dir, String spec) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new InputError("cannot read folder " + spec + ": " + e.getMessage());
        }
        String prefix = spec.endsWith("/") ? spec : spec + "/";
        List<FolderFile> out = new ArrayList<>();
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace(File.separatorChar, '/');
            out.add(new FolderFile(rel, prefix + rel, () -> Sources.file(f, prefix + rel).text()));
        }
        return out;
    }

    /** Reads a folder on disk. */
    public static MigrationFolder read(Path dir, String spec, Optional<MigrationFormat> format) {
        return read(spec, list(dir, spec), format);
    }

    /**
     * Reads a folder given as its files. {@code spec} is how the user named it (a {@code supabase/migrations} folder
     * is told by its name); {@code format} empty: told from the files.
     */
    public static MigrationFolder read(String spec, List<FolderFile> files, Optional<MigrationFormat> format) {
        MigrationFormat f = format.orElseGet(() -> detect(spec, files));
        Reading r = new Reading(spec, files, f, format.isPresent());
        switch (f) {
            case PLAIN -> r.plain();
            case FLYWAY -> r.flyway();
            case GOLANG_MIGRATE -> r.golangMigrate();
            case GOOSE -> r.goose();
            case DBMATE -> r.dbmate();
            case SQITCH -> r.sqitch();
            case PRISMA -> r.prisma();
            case SUPABASE -> r.supabase();
        }
        return r.result();
    }

    /** The layout of a folder, told from its files (and its name, for Supabase's). */
    public static MigrationFormat detect(String spec, List<FolderFile> files) {
        List<FolderFile> sql = files.stream().filter(f -> f.path().endsWith(".sql")).toList();
        if (files.stream().anyMatch(f -> f.path().equals("sqitch.plan"))) {
            return MigrationFormat.SQITCH;
        }
        boolean prismaLock = files.stream().anyMatch(f -> f.path().equals("migration_lock.toml")
            || f.path().equals("migrations/migration_lock.toml"));
        boolean prismaDirs = !sql.isEmpty() && (sql.stream().allMatch(f -> PRISMA.matcher(f.path()).matches())
            || sql.stream().allMatch(f -> f.path().startsWith("migrations/")
            && PRISMA.matcher(f.path().substring("migrations/".length())).matches()));
        if (prismaLock || prismaDirs) {
            return MigrationFormat.PRISMA;
        }
        if (sql.stream().anyMatch(f -> f.dir().isEmpty() && GOLANG.matcher(f.fileName()).matches())) {
            return MigrationFormat.GOLANG_MIGRATE;
        }
        if (sql.stream().anyMatch(f -> FLYWAY.matcher(f.fileName()).matches()
            && !f.fileName().startsWith("U"))) {
            return MigrationFormat.FLYWAY;
        }
        String name = spec.replace('\\', '/').replaceAll("/+$", "");
        boolean supabase = name.equals("supabase/migrations") || name.endsWith("/supabase/migrations")
            || name.endsWith(":supabase/migrations")
            || files.stream().anyMatch(f -> f.path().equals("config.toml"))
            && sql.stream().anyMatch(f -> f.dir().equals("migrations"));
        // the annotations are in the files' text: read only the files that could be migrations of those tools
        for (FolderFile f : sql) {
            if (f.dir().isEmpty() && DBMATE.matcher(f.fileName()).matches()) {
                String text = f.text();
                if (MigrationSections.GOOSE_UP.matcher(text).find()) {
                    return MigrationFormat.GOOSE;
                }
                if (MigrationSections.DBMATE_UP.matcher(text).find()) {
                    return MigrationFormat.DBMATE;
                }
            }
        }
        return supabase ? MigrationFormat.SUPABASE : MigrationFormat.PLAIN;
    }

    /** One reading: what is replayed, what is reported. */
    private static final class Reading {
        final String spec;
        final List<FolderFile> files;
        final MigrationFormat format;
        final boolean named;
        String root = "";
        final List<Migration> migrations = new ArrayList<>();
        final List<Source> replayed = new ArrayList<>();
        final List<Source> skipped = new ArrayList<>();

        Reading(String spec, List<FolderFile> files, MigrationFormat format, boolean named) {
            this.spec = spec;
            this.files = files;
            this.format = format;
            this.named = named;
        }

        MigrationFolder result() {
            List<Source> sources = new ArrayList<>(skipped);
            sources.sort(Comparator.comparing(Source::name, Sources::natural));
            sources.addAll(replayed);
            return new MigrationFolder(spec, format, root, migrations, files, sources);
        }

        List<FolderFile> sql() {
            return files.stream().filter(f -> f.path().endsWith(".sql"))
                .sorted(Comparator.comparing(FolderFile::path, Sources::natural)).toList();
        }

        void skip(FolderFile f, String why) {
            skipped.add(new Source(f.name(), "", List.of(new Source.Note(0, "not replayed: " + why))));
        }

        void replay(FolderFile f, String version, String description, Source up) {
            migrations.add(new Migration(f.path(), version, description));
            replayed.add(up);
        }

        void replay(FolderFile f, String version, String description) {
            replay(f, version, description, new Source(f.name(), f.text()));
        }

        /** Two migrations of one version: the one read second is the error, naming the first. */
        InputError collision(FolderFile second, FolderFile first, String version, String refusal) {
            return new InputError(new Source(second.name(), second.text()), 0, "version " + version + " is also "
                + first.path() + "'s: two " + format.title() + " migrations of one version, as after merging two "
                + "branches that each added one (" + refusal + "); give one of them the next version");
        }

        /** The {@code .sql} files at the top of {@link #root}; the others are left out with a note. */
        List<FolderFile> top(String tool) {
            List<FolderFile> out = new ArrayList<>();
            for (FolderFile f : sql()) {
                if (!f.path().startsWith(root)) {
                    continue; // a prisma/ or supabase/ folder: only its migrations/
                }
                if (f.path().substring(root.length()).contains("/")) {
                    skip(f, "in a sub-folder (" + tool + " reads the top of " + (root.isEmpty() ? "the folder"
                        : root) + " only)");
                } else {
                    out.add(f);
                }
            }
            return out;
        }

        void plain() {
            List<FolderFile> sql = sql();
            if (sql.isEmpty() && !named) {
                throw new InputError("folder " + spec + " holds no .sql files");
            }
            Map<String, FolderFile> numbers = new HashMap<>();
            for (FolderFile f : sql) {
                Matcher m = LEADING_NUMBER.matcher(f.fileName());
                Source s = new Source(f.name(), f.text());
                if (m.matches()) {
                    String key = f.dir() + "/" + new BigInteger(m.group(1));
                    FolderFile first = numbers.putIfAbsent(key, f);
                    if (first != null) {
                        s = new Source(f.name(), f.text(), List.of(new Source.Note(0, "number " + m.group(1)
                            + " is also " + first.path() + "'s: both are read, in name order (as after merging two "
                            + "branches that each added one: is that the order they run in?)")));
                    }
                }
                replay(f, m.matches() ? m.group(1) : "", f.fileName(), s);
            }
        }

        /** A Flyway versioned or baseline migration. */
        private record Versioned(List<BigInteger> parts, FolderFile file, String version, String description) {}

        void flyway() {
            Map<String, FolderFile> versions = new HashMap<>();
            Map<String, FolderFile> baselines = new HashMap<>();
            Map<String, FolderFile> repeatables = new HashMap<>();
            List<Versioned> versioned = new ArrayList<>();
            List<Versioned> baseline = new ArrayList<>();
            List<FolderFile> repeatable = new ArrayList<>();
            for (FolderFile f : sql()) {
                String n = f.fileName();
                Matcher v = FLYWAY.matcher(n);
                if (v.matches()) {
                    if (v.group(1).equals("U")) {
                        continue; // undo: the way down
                    }
                    List<BigInteger> parts = flywayVersion(v.group(2));
                    String key = parts.stream().map(BigInteger::toString).reduce((a, b) -> a + "." + b).orElse("");
                    boolean isBaseline = v.group(1).equals("B");
                    FolderFile first = (isBaseline ? baselines : versions).putIfAbsent(key, f);
                    if (first != null) {
                        throw collision(f, first, v.group(2), "Flyway refuses to migrate");
                    }
                    (isBaseline ? baseline : versioned).add(new Versioned(parts, f, v.group(2), v.group(3)));
                    continue;
                }
                Matcher r = FLYWAY_REPEATABLE.matcher(n);
                if (r.matches()) {
                    FolderFile first = repeatables.putIfAbsent(r.group(1), f);
                    if (first != null) {
                        throw new InputError(new Source(f.name(), f.text()), 0, "description " + r.group(1)
                            + " is also " + first.path() + "'s: two Flyway repeatable migrations of one "
                            + "description (Flyway refuses to migrate)");
                    }
                    repeatable.add(f);
                    continue;
                }
                skip(f, FLYWAY_CALLBACK.matcher(n).matches() ? "a Flyway callback, not a migration"
                    : "not named as a Flyway migration (V<version>__<description>.sql, R__<description>.sql)");
            }
            Comparator<Versioned> byVersion = (a, b) -> compareVersions(a.parts(), b.parts());
            versioned.sort(byVersion);
            // a new database starts from the latest baseline migration, and the versions after it
            Optional<Versioned> base = baseline.stream().max(byVersion);
            base.ifPresent(b -> replay(b.file(), b.version(), b.description()));
            for (Versioned v : versioned) {
                if (base.isEmpty() || byVersion.compare(v, base.get()) > 0) {
                    replay(v.file(), v.version(), v.description());
                }
            }
            // then the repeatable ones, in the order of their descriptions
            repeatable.stream().sorted(Comparator.comparing(f -> description(f.fileName()))).forEach(f ->
                replay(f, "", description(f.fileName())));
        }

        private static String description(String repeatable) {
            Matcher m = FLYWAY_REPEATABLE.matcher(repeatable);
            return m.matches() ? m.group(1) : repeatable;
        }

        void golangMigrate() {
            Map<BigInteger, FolderFile> versions = new HashMap<>();
            List<FolderFile> ups = new ArrayList<>();
            Map<FolderFile, Matcher> names = new HashMap<>();
            for (FolderFile f : top("golang-migrate")) {
                Matcher m = GOLANG.matcher(f.fileName());
                if (!m.matches()) {
                    skip(f, "not named as a golang-migrate migration (<version>_<title>.up.sql)");
                    continue;
                }
                if (m.group(3).equals("down")) {
                    continue;
                }
                FolderFile first = versions.putIfAbsent(new BigInteger(m.group(1)), f);
                if (first != null) {
                    throw collision(f, first, m.group(1), "golang-migrate refuses the folder");
                }
                ups.add(f);
                names.put(f, m);
            }
            ups.sort(Comparator.comparing(f -> new BigInteger(names.get(f).group(1))));
            for (FolderFile f : ups) {
                replay(f, names.get(f).group(1), names.get(f).group(2));
            }
        }

        void goose() {
            Map<BigInteger, FolderFile> versions = new HashMap<>();
            List<FolderFile> migrationFiles = new ArrayList<>();
            Map<FolderFile, Matcher> names = new HashMap<>();
            for (FolderFile f : files) {
                if (f.dir().isEmpty() && GOOSE_GO.matcher(f.fileName()).matches() && !f.fileName().endsWith("_test.go")) {
                    Matcher m = GOOSE_GO.matcher(f.fileName());
                    m.matches();
                    FolderFile first = versions.putIfAbsent(new BigInteger(m.group(1)), f);
                    if (first != null) {
                        throw collision(f, first, m.group(1), "goose refuses the folder");
                    }
                    skip(f, "a goose migration in Go: what it does cannot be read (its version counts)");
                }
            }
            for (FolderFile f : top("goose")) {
                Matcher m = NUMBERED.matcher(f.fileName());
                if (!m.matches() || new BigInteger(m.group(1)).signum() == 0) {
                    skip(f, "not named as a goose migration (<version>_<name>.sql, a version above 0)");
                    continue;
                }
                FolderFile first = versions.putIfAbsent(new BigInteger(m.group(1)), f);
                if (first != null) {
                    throw collision(f, first, m.group(1), "goose refuses the folder");
                }
                migrationFiles.add(f);
                names.put(f, m);
            }
            migrationFiles.sort(Comparator.comparing(f -> new BigInteger(names.get(f).group(1))));
            for (FolderFile f : migrationFiles) {
                replay(f, names.get(f).group(1), names.get(f).group(2), MigrationSections.goose(f, Direction.UP));
            }
        }

        void dbmate() {
            Map<String, FolderFile> versions = new HashMap<>();
            List<FolderFile> migrationFiles = new ArrayList<>();
            for (FolderFile f : top("dbmate")) {
                Matcher m = DBMATE.matcher(f.fileName());
                if (!m.matches()) {
                    skip(f, "not named as a dbmate migration (<version>_<name>.sql)");
                    continue;
                }
                FolderFile first = versions.putIfAbsent(m.group(1), f);
                if (first != null) {
                    throw collision(f, first, m.group(1), "dbmate fails on the second");
                }
                migrationFiles.add(f);
            }
            // dbmate sorts by file name, as text
            migrationFiles.sort(Comparator.comparing(FolderFile::fileName));
            for (FolderFile f : migrationFiles) {
                Matcher m = DBMATE.matcher(f.fileName());
                m.matches();
                replay(f, m.group(1), m.group(2).replaceFirst("^_", ""), MigrationSections.dbmate(f, Direction.UP));
            }
        }

        void supabase() {
            // a supabase/ folder: its migrations/ (seed.sql beside it is data)
            if (files.stream().noneMatch(f -> f.dir().isEmpty() && NUMBERED.matcher(f.fileName()).matches())
                && files.stream().anyMatch(f -> f.path().startsWith("migrations/") || f.path().equals("config.toml"))) {
                root = "migrations/";
            }
            Map<String, FolderFile> versions = new HashMap<>();
            List<FolderFile> migrationFiles = new ArrayList<>();
            for (FolderFile f : top("Supabase")) {
                Matcher m = NUMBERED.matcher(f.fileName());
                if (!m.matches()) {
                    skip(f, "not named as a Supabase migration (<timestamp>_<name>.sql; the Supabase CLI skips it "
                        + "too)");
                    continue;
                }
                FolderFile first = versions.putIfAbsent(m.group(1), f);
                if (first != null) {
                    throw collision(f, first, m.group(1), "the second fails to apply");
                }
                migrationFiles.add(f);
            }
            migrationFiles.sort(Comparator.comparing(FolderFile::fileName));
            for (FolderFile f : migrationFiles) {
                Matcher m = NUMBERED.matcher(f.fileName());
                m.matches();
                replay(f, m.group(1), m.group(2));
            }
        }

        void prisma() {
            // a prisma/ folder: its migrations/ (schema.prisma beside it)
            if (files.stream().noneMatch(f -> PRISMA.matcher(f.path()).matches())
                && files.stream().anyMatch(f -> f.path().startsWith("migrations/") || f.path().equals("schema.prisma"))) {
                root = "migrations/";
            }
            List<FolderFile> migrationFiles = new ArrayList<>();
            for (FolderFile f : sql()) {
                if (!f.path().startsWith(root)) {
                    continue;
                }
                if (PRISMA.matcher(f.path().substring(root.length())).matches()) {
                    migrationFiles.add(f);
                } else {
                    skip(f, "not a Prisma migration (<timestamp>_<name>/migration.sql)");
                }
            }
            // Prisma applies them in the order of their folders' names
            migrationFiles.sort(Comparator.comparing(FolderFile::dir));
            for (FolderFile f : migrationFiles) {
                String dir = f.dir().substring(f.dir().lastIndexOf('/') + 1);
                Matcher m = NUMBERED.matcher(dir + ".sql");
                replay(f, m.matches() ? m.group(1) : "", m.matches() ? m.group(2) : dir);
            }
        }

        void sqitch() {
            FolderFile planFile = files.stream().filter(f -> f.path().equals("sqitch.plan")).findFirst()
                .orElseThrow(() -> new InputError("folder " + spec + " holds no sqitch.plan (sqitch init writes one)"));
            SqitchPlan plan = SqitchPlan.parse(new Source(planFile.name(), planFile.text()));
            Map<String, FolderFile> byPath = new HashMap<>();
            for (FolderFile f : files) {
                byPath.put(f.path(), f);
            }
            Set<String> deployed = new HashSet<>();
            for (SqitchPlan.Change c : plan.changes()) {
                String path = c.script("deploy", byPath::containsKey);
                FolderFile f = byPath.get(path);
                if (f == null) {
                    throw new InputError(plan.source(), c.offset(), "change " + c.name() + " has no deploy script "
                        + path + " in " + spec);
                }
                deployed.add(path);
                replay(f, "", c.name());
            }
            for (FolderFile f : sql()) {
                boolean known = deployed.contains(f.path()) || f.path().startsWith("revert/")
                    || f.path().startsWith("verify/");
                if (!known) {
                    skip(f, f.path().startsWith("deploy/") ? "sqitch.plan names no change of this deploy script"
                        : "not a Sqitch script (deploy/, revert/ or verify/ of a change in sqitch.plan)");
                }
            }
        }
    }

    /**
     * Every version the folder's files take, as their names write them: replayed or not (a goose migration in Go,
     * a Flyway undo file or a version below a baseline, a golang-migrate down file), so that a next version is
     * free. None for Sqitch (its changes are named, not numbered).
     */
    public static List<String> versions(MigrationFolder folder) {
        List<String> out = new ArrayList<>();
        for (FolderFile f : folder.files()) {
            if (!f.path().startsWith(folder.root())) {
                continue;
            }
            String n = f.fileName();
            Matcher m = switch (folder.format()) {
                case FLYWAY -> FLYWAY.matcher(n);
                case GOLANG_MIGRATE -> GOLANG.matcher(n);
                case GOOSE -> n.endsWith(".go") ? GOOSE_GO.matcher(n) : NUMBERED.matcher(n);
                case DBMATE -> DBMATE.matcher(n);
                case SUPABASE -> NUMBERED.matcher(n);
                case PRISMA -> NUMBERED.matcher(f.dir().substring(f.dir().lastIndexOf('/') + 1) + ".sql");
                case PLAIN -> LEADING_NUMBER.matcher(n);
                case SQITCH -> null;
            };
            if (m != null && m.matches() && (folder.format() != MigrationFormat.PRISMA || n.equals("migration.sql"))) {
                out.add(m.group(folder.format() == MigrationFormat.FLYWAY ? 2 : 1));
            }
        }
        return out;
    }

    /** A Flyway version's parts: {@code 1.1} and {@code 1_1} alike (Flyway reads an underscore as a dot). */
    public static List<BigInteger> flywayVersion(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String p : version.split("[._]")) {
            parts.add(new BigInteger(p));
        }
        // 1.0 is 1 (Flyway's MigrationVersion compares missing parts as zeros)
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    public static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = (i < a.size() ? a.get(i) : BigInteger.ZERO).compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The way down of a migration the folder replays, where its layout has one: Flyway's undo file of its version,
     * golang-migrate's {@code .down.sql}, the {@code -- +goose Down} / {@code -- migrate:down} part of a goose or
     * dbmate file (its other lines emptied), Sqitch's {@code revert/} script. Empty for Prisma, Supabase, plain
     * folders and Flyway repeatables.
     */
    public static Optional<Source> down(MigrationFolder folder, Migration m) {
        FolderFile f = folder.file(m.path()).orElseThrow();
        return switch (folder.format()) {
            case GOOSE -> Optional.of(MigrationSections.goose(f, Direction.DOWN));
            case DBMATE -> Optional.of(MigrationSections.dbmate(f, Direction.DOWN));
            case GOLANG_MIGRATE -> folder.file(m.path().replaceFirst("\\.up\\.sql$", ".down.sql"))
                .map(d -> new Source(d.name(), d.text()));
            case SQITCH -> folder.file("revert/" + m.path().substring("deploy/".length()))
                .map(d -> new Source(d.name(), d.text()));
            case FLYWAY -> m.version().isEmpty() ? Optional.empty() : folder.files().stream().filter(u -> {
                Matcher x = FLYWAY.matcher(u.fileName());
                return x.matches() && x.group(1).equals("U")
                    && compareVersions(flywayVersion(x.group(2)), flywayVersion(m.version())) == 0;
            }).findFirst().map(d -> new Source(d.name(), d.text()));
            case PRISMA, SUPABASE, PLAIN -> Optional.empty();
        };
    }
}
