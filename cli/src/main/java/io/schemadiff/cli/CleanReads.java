package io.schemadiff.cli;

import io.schemadiff.parser.source.Source;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers schema texts that were read without error, with what reading them reported (the warnings' text), so
 * that diffing a text against itself again (a pre-commit hook on an unchanged schema) need not read it again: two
 * identical texts diff empty by definition, and reading is deterministic, so the stored report is the one a read
 * would print. The key is a SHA-256 of this build of the tool (its jar's size and time), the read options, and the
 * sources' names and texts. Kept under {@code $SCHEMADIFF_CACHE_DIR} (or the property {@code schemadiff.cache.dir}), else {@code $XDG_CACHE_HOME/schemadiff},
 * else {@code ~/.cache/schemadiff}; {@code SCHEMADIFF_CACHE=off} turns it off. Any failure to read or write the
 * cache only means reading the schema. The cache keeps the {@link #KEEP} entries used last (an entry taken is
 * touched), so that a hook run on every commit for years does not fill a disk.
 */
final class CleanReads {
    private CleanReads() {}

    static Optional<Path> dir() {
        if ("off".equals(System.getenv("SCHEMADIFF_CACHE"))) {
            return Optional.empty();
        }
        String own = System.getProperty("schemadiff.cache.dir", System.getenv("SCHEMADIFF_CACHE_DIR"));
        if (own != null && !own.isEmpty()) {
            return Optional.of(Path.of(own));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Optional.of(Path.of(xdg, "schemadiff"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "schemadiff"));
    }

    /** The key of a read: this build, the options, every source's name and text. */
    static Optional<String> key(List<Source> sources, boolean privileges, String role) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(build().getBytes(StandardCharsets.UTF_8));
            md.update((privileges + "\u0000" + role + "\u0000").getBytes(StandardCharsets.UTF_8));
            for (Source s : sources) {
                md.update(s.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(s.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return Optional.of(HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This build of the tool: where its classes are, and their jar's size and time. */
    private static String build() {
        try {
            File f = new File(CleanReads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return f.getAbsolutePath() + "\u0000" + f.length() + "\u0000" + f.lastModified();
        } catch (Exception e) {
            return "unknown build";
        }
    }

    /** The first line of every entry, and the start of the second (the report's SHA-256 follows it). */
    private static final String HEADER = "schemadiff clean read 1";
    private static final String CHECKSUM = "sha256 ";
    /** A temporary file older than this was left by a run that died between writing and renaming it. */
    private static final long STALE_MILLIS = 10 * 60 * 1000;
    /** How many entries are kept: a schema or two per branch worked on, for a few hundred branches. */
    static final int KEEP = 500;
    /** Entries are counted only when this many more than {@link #KEEP} may be there, to list the folder seldom. */
    private static final int SLACK = 50;

    /**
     * What reading the text reported, when it was read cleanly before. An entry is trusted only whole: its header,
     * its key and the checksum of its report must match; anything else (empty, cut short, edited) is removed and
     * the text read again, which stores it anew.
     */
    static Optional<String> lookup(String key) {
        Optional<Path> d = dir();
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Path p = d.get().resolve(key);
        try {
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            Optional<String> report = parse(key, Files.readString(p, StandardCharsets.UTF_8));
            if (report.isEmpty()) {
                Files.deleteIfExists(p);
            } else {
                touch(p);
            }
            return report;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The report an entry holds, if the entry is whole. */
    static Optional<String> parse(String key, String entry) {
        String head = HEADER + "\n" + key + "\n" + CHECKSUM;
        if (!entry.startsWith(head)) {
            return Optional.empty();
        }
        int nl = entry.indexOf('\n', head.length());
        if (nl < 0) {
            return Optional.empty();
        }
        String report = entry.substring(nl + 1);
        return entry.substring(head.length(), nl).equals(sha256(report)) ? Optional.of(report) : Optional.empty();
    }

    /** An entry: the header, the key, the report's checksum, the report. */
    static String entry(String key, String report) {
        return HEADER + "\n" + key + "\n" + CHECKSUM + sha256(report) + "\n" + report;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void store(String key, String report) {
        Optional<Path> d = dir();
        if (d.isEmpty()) {
            return;
        }
        Path tmp = null;
        try {
            Files.createDirectories(d.get());
            removeStale(d.get());
            tmp = Files.createTempFile(d.get(), key, ".tmp");
            Files.writeString(tmp, entry(key, report), StandardCharsets.UTF_8);
            Files.move(tmp, d.get().resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (Math.floorMod(key.hashCode(), SLACK) == 0) {
                prune(d.get(), KEEP);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only home, a full disk: the next run reads the schema again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // nothing more to do
                }
            }
        }
    }

    /** Temporary files that runs which died before renaming them left behind. */
    private static void removeStale(Path dir) {
        long before = System.currentTimeMillis() - STALE_MILLIS;
        try (var tmps = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path t : tmps) {
                try {
                    if (Files.getLastModifiedTime(t).toMillis() < before) {
                        Files.deleteIfExists(t);
                    }
                } catch (IOException | RuntimeException e) {
                    // another run's, removed meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // not listable: nothing to clean
        }
    }

    /** Marks an entry used now: pruning keeps the entries used last. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a read-only cache: it is pruned by whoever can write it
        }
    }

    /**
     * Removes the entries used longest ago until {@code keep} are left. Run on about one store in {@link #SLACK}
     * (chosen by the key, so without shared state), so the folder holds at most about {@code keep + SLACK} entries
     * in steady use, and is listed seldom.
     */
    static void prune(Path dir, int keep) {
        List<Map.Entry<Path, Long>> entries = new ArrayList<>();
        try (var all = Files.newDirectoryStream(dir, p -> !p.getFileName().toString().endsWith(".tmp"))) {
            for (Path p : all) {
                try {
                    entries.add(Map.entry(p, Files.getLastModifiedTime(p).toMillis()));
                } catch (IOException | RuntimeException e) {
                    // removed meanwhile by another run
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        if (entries.size() <= keep) {
            return;
        }
        entries.sort(Map.Entry.<Path, Long>comparingByValue().reversed());
        for (Map.Entry<Path, Long> old : entries.subList(keep, entries.size())) {
            try {
                Files.deleteIfExists(old.getKey());
            } catch (IOException | RuntimeException e) {
                // another run's, or a folder in the way: left
            }
        }
    }
}
