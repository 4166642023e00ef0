package io.schemadiff.parser.source;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The layouts of a folder of migrations that {@link Migrations} reads: which files are migrations, in which order
 * they run, and which part of each is the way up.
 */
public enum MigrationFormat {
    /** Every {@code .sql} file under the folder, in natural name order (numbers as numbers). */
    PLAIN("plain"),
    /** {@code V<version>__<desc>.sql} by version, then {@code R__<desc>.sql} by description; {@code U…} left out. */
    FLYWAY("flyway"),
    /** {@code <version>_<title>.up.sql} by version; {@code .down.sql} left out. */
    GOLANG_MIGRATE("golang-migrate"),
    /** {@code <version>_<name>.sql} by version, each cut to its {@code -- +goose Up} section. */
    GOOSE("goose"),
    /** {@code <version>_<name>.sql} by name, each cut to its {@code -- migrate:up} sections. */
    DBMATE("dbmate"),
    /** The changes of {@code sqitch.plan} in plan order, each its {@code deploy/<change>.sql}. */
    SQITCH("sqitch"),
    /** {@code <timestamp>_<name>/migration.sql} by folder name (a {@code prisma/} folder: its {@code migrations/}). */
    PRISMA("prisma"),
    /** {@code <timestamp>_<name>.sql} by version (a {@code supabase/} folder: its {@code migrations/}). */
    SUPABASE("supabase");

    private final String cliName;

    MigrationFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name a user gives {@code --migrations-format}: {@code flyway}, {@code golang-migrate}, … */
    public String cliName() {
        return cliName;
    }

    /** The format of a {@code --migrations-format} name. */
    public static Optional<MigrationFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
    }

    /** {@code plain, flyway, …}: the names {@link #named} takes. */
    public static String names() {
        return Arrays.stream(values()).map(MigrationFormat::cliName).collect(Collectors.joining(", "));
    }

    /** The name people know the tool by, for messages: {@code Flyway}, {@code golang-migrate}. */
    public String title() {
        return switch (this) {
            case PLAIN -> "plain .sql";
            case FLYWAY -> "Flyway";
            case GOLANG_MIGRATE -> "golang-migrate";
            case GOOSE -> "goose";
            case DBMATE -> "dbmate";
            case SQITCH -> "Sqitch";
            case PRISMA -> "Prisma";
            case SUPABASE -> "Supabase";
        };
    }

    @Override
    public String toString() {
        return cliName;
    }
}
