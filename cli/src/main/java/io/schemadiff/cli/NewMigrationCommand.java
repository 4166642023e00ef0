package io.schemadiff.cli;

import io.schemadiff.differ.Differ;
import io.schemadiff.differ.plan.Plan;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectFilter;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.rename.Renames;
import io.schemadiff.parser.source.FolderFile;
import io.schemadiff.parser.source.GitSources;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.MigrationFolder;
import io.schemadiff.parser.source.MigrationFormat;
import io.schemadiff.parser.source.Migrations;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code schemadiff new-migration MIGRATIONS SCHEMA --name NAME}: writes the migration that makes a folder of
 * migrations give the declared schema, as the folder's next one ({@link MigrationWriter}). Before anything is
 * written, the folder is read again with the new files in it: it must then give the schema (so {@code drift}
 * passes), or nothing is written.
 */
@Command(name = "new-migration", mixinStandardHelpOptions = true,
    description = {"Write the next migration of a folder of migrations: the statements that make replaying MIGRATIONS "
        + "give SCHEMA, named and numbered as the folder's own (Flyway, golang-migrate, goose, dbmate, Sqitch, Prisma, "
        + "Supabase, plain), with its way down where the layout has one. Afterwards drift MIGRATIONS SCHEMA passes."},
    footer = {"", "Exit codes: 0 written (or nothing to write: they agree already), 1 usage or input error,",
        "3 refused: statements that can lose data (see --unsafe), or with a hazard --fail-on names."})
final class NewMigrationCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MIGRATIONS", description = "The folder of migrations (on disk).")
    String migrations;

    @Parameters(index = "1", paramLabel = "SCHEMA", description = "The declared schema: a .sql file, a folder, "
        + "REV:path, or - for standard input.")
    String schema;

    @Option(names = "--name", required = true, paramLabel = "NAME",
        description = "What the migration does (add_user_email): the file's name after its version.")
    String name;

    @Option(names = "--dry-run", description = "Print the files instead of writing them.")
    boolean dryRun;

    @Mixin
    PolicyOptions policy = new PolicyOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Option(names = "--now", hidden = true, paramLabel = "INSTANT",
        description = "The time the migration is written at (an ISO instant), for its timestamp.")
    String now;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (InputError e) {
            Inputs.reportError(err, e);
            return Main.INPUT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        Path dir = Path.of(migrations);
        if (!Files.isDirectory(dir)) {
            throw new InputError(migrations + " is not a folder: new-migration writes into a folder on disk");
        }
        Instant at = now == null ? Instant.now() : instant(now);
        Optional<MigrationFormat> layout = read.layout();
        List<FolderFile> present = Migrations.list(dir, migrations);
        if (layout.isEmpty() && present.stream().noneMatch(f -> f.path().endsWith(".sql")
            || f.path().equals("sqitch.plan"))) {
            throw new InputError("folder " + migrations + " holds no migration to tell its layout by: name it with "
                + "--migrations-format (" + MigrationFormat.names() + ")");
        }
        MigrationFolder folder = Migrations.read(migrations, present, layout);
        List<Source> declared = Sources.open(schema, Path.of("."), Optional.empty());
        SchemaReader.Result[] both = Inputs.readBoth(folder.sources(), declared, false, read.withPrivileges,
            read.role);
        List<String> warnings = new ArrayList<>(Inputs.warningLines(both[0].warnings()));
        warnings.addAll(Inputs.warningLines(both[1].warnings()));
        ObjectFilter filter = read.filter(Path.of("."));
        Renames renames = Renames.resolve(both[0], both[1], read.renames).filtered(filter);
        warnings.addAll(Inputs.warningLines(renames.warnings()));
        if (!read.quiet) {
            warnings.forEach(err::println);
        }
        Catalog replayed = renames.isEmpty() ? filter.apply(both[0].catalog()) : renames.set().original();
        Catalog target = filter.apply(both[1].catalog());
        Plan up = Differ.diff(replayed, target, renames.set());
        if (up.isEmpty()) {
            err.println("schemadiff: replaying " + migrations + " gives " + schema + " already: nothing to write");
            return Main.OK;
        }
        Side folderSide = Side.of(migrations, folder.sources());
        Side schemaSide = Side.of(schema, declared);
        DiffReport report = DiffReport.of(folderSide, schemaSide, new DiffCommand.Compared(folderSide, schemaSide, up,
            warnings, replayed, target), policy.refusedCodes(), OutputOptions.NEWEST);
        if (report.status() == DiffReport.Status.REFUSED) {
            DiffCommand.reportRefusal(err, report, "write");
            return Main.UNSAFE;
        }
        Renames back = renames.reversed(both[1], both[0]).filtered(filter);
        Plan down = Differ.diff(back.isEmpty() ? target : back.set().original(), filter.apply(both[0].catalog()),
            back.set());
        List<MigrationWriter.NewFile> files = MigrationWriter.next(folder, name, up, down,
            new MigrationWriter.Context(at, planner(dir)));
        String prefix = migrations.endsWith("/") ? migrations : migrations + "/";

        // the folder with the new files must give the schema: what drift will check
        Map<String, FolderFile> after = new LinkedHashMap<>();
        for (FolderFile f : folder.files()) {
            after.put(f.path(), f);
        }
        for (MigrationWriter.NewFile f : files) {
            if (after.containsKey(f.path()) && !f.path().equals("sqitch.plan")) {
                throw new InputError(prefix + f.path() + " exists already: new-migration does not overwrite a file");
            }
            after.put(f.path(), FolderFile.of(f.path(), prefix + f.path(), f.text()));
        }
        MigrationFolder next = Migrations.read(migrations, new ArrayList<>(after.values()),
            Optional.of(folder.format()));
        Plan left = Differ.diff(filter.apply(SchemaReader.read(next.sources(), read.withPrivileges, read.role)
            .catalog()), target);
        if (!left.isEmpty()) {
            err.println("schemadiff: nothing written: with the new migration, replaying " + migrations + " would "
                + "still not give " + schema + " (a migration that runs after it, such as a Flyway repeatable, "
                + "undoes part of it?); what would still differ:");
            err.print(left.sql());
            return Main.INPUT_ERROR;
        }

        for (MigrationWriter.NewFile f : files) {
            if (dryRun) {
                out.println("-- " + prefix + f.path());
                out.print(f.text());
                out.println();
            } else {
                write(dir.resolve(f.path()), f.text(), prefix + f.path());
                out.println(prefix + f.path());
            }
        }
        return Main.OK;
    }

    private static void write(Path p, String text, String name) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError("cannot write " + name + ": " + e.getMessage());
        }
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new InputError("--now " + s + " is not an instant (2024-03-01T12:00:00Z)");
        }
    }

    /** Sqitch's planner: $SQITCH_FULLNAME and $SQITCH_EMAIL, else git's user, as Sqitch itself looks them up. */
    private static String planner(Path dir) {
        String fullName = Optional.ofNullable(System.getenv("SQITCH_FULLNAME"))
            .or(() -> GitSources.config(dir, "user.name")).orElse(System.getProperty("user.name", "unknown"));
        String email = Optional.ofNullable(System.getenv("SQITCH_EMAIL"))
            .or(() -> GitSources.config(dir, "user.email")).orElse(System.getProperty("user.name", "unknown")
                + "@localhost");
        return fullName + " <" + email + ">";
    }
}
