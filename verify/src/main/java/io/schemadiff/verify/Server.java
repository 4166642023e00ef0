package io.schemadiff.verify;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * A PostgreSQL server that verify creates its own temporary databases on, and drops them from: a throwaway embedded
 * server, or an existing one named by a URL. Nothing else on the server is touched.
 */
abstract class Server implements AutoCloseable {
    /** Every database verify creates is named with this prefix and a random part. */
    static final String PREFIX = "schemadiff_verify_";

    private final Set<String> created = new LinkedHashSet<>();
    private final Set<String> createdRoles = new LinkedHashSet<>();
    private Connection admin;
    private String version;
    private int versionNum;
    private Thread cleanup;

    /** How a report names the server: {@code PostgreSQL 18.1 (embedded)}. */
    abstract String description();

    /** Connection properties for {@code database} (user, password and the like). */
    abstract String jdbcUrl(String database);

    abstract Properties properties();

    /** The database the administrative connection (CREATE / DROP DATABASE) uses. */
    abstract String maintenanceDatabase();

    /** A new connection to {@code database}. */
    Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties());
        p.setProperty("ApplicationName", "schemadiff verify");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    /** A connection that sends each statement as it is, the way psql does (simple query protocol). */
    Connection connectSimple(String database) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties());
        p.setProperty("ApplicationName", "schemadiff verify");
        p.setProperty("preferQueryMode", "simple");
        // a safety net for CI: no statement of a schema or migration on an empty database runs for minutes
        p.setProperty("options", "-c statement_timeout=300000");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    synchronized Connection admin() throws SQLException {
        if (admin == null || admin.isClosed()) {
            admin = connect(maintenanceDatabase());
            admin.setAutoCommit(true);
            try (Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), "
                     + "current_setting('server_version_num')::int")) {
                rs.next();
                version = rs.getString(1);
                versionNum = rs.getInt(2);
            }
        }
        return admin;
    }

    /** {@code 18.1}, as the server reports it. */
    String version() {
        try {
            admin();
        } catch (SQLException e) {
            return "?";
        }
        return version.split(" ")[0];
    }

    int versionNum() throws SQLException {
        admin();
        return versionNum;
    }

    /** Creates an empty database, named {@code schemadiff_verify_<random>_<label>}, from template0. */
    synchronized String createDatabase(String label) throws SQLException {
        String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_"
            + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (name.length() > 63) {
            name = name.substring(0, 63);
        }
        try (Statement s = admin().createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'" + createOptions());
        }
        created.add(name);
        installCleanup();
        return name;
    }

    /** Extra CREATE DATABASE options (a locale for the embedded server). */
    String createOptions() {
        return "";
    }

    /** Drops a database this server object created; any other name is refused. */
    synchronized void dropDatabase(String name) throws SQLException {
        if (!created.contains(name)) {
            throw new IllegalArgumentException("not a database verify created: " + name);
        }
        try (Statement s = admin().createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + (versionNum() >= 130000 ? " WITH (FORCE)" : ""));
        }
        created.remove(name);
    }

    /**
     * Creates those of {@code roles} that the server lacks, as {@code NOLOGIN} roles: the owners and grantees FROM
     * and TO name. Roles are cluster-wide: one that exists is left as it is, and those created here are dropped again
     * at the end, after verify's databases (unless something else has come to use them). Returns the names created.
     */
    synchronized List<String> createRoles(Collection<String> roles) throws SQLException {
        List<String> out = new ArrayList<>();
        if (roles.isEmpty()) {
            return out;
        }
        Set<String> existing = new HashSet<>();
        try (PreparedStatement ps = admin().prepareStatement(
            "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname::text = ANY (?)")) {
            ps.setArray(1, admin().createArrayOf("text", roles.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        for (String role : roles) {
            if (existing.contains(role)) {
                continue;
            }
            try (Statement s = admin().createStatement()) {
                s.execute("CREATE ROLE " + quoteIdent(role) + " NOLOGIN");
            } catch (SQLException e) {
                if ("42710".equals(e.getSQLState())) {
                    continue; // duplicate_object: created meanwhile, by another run on this server
                }
                throw e;
            }
            createdRoles.add(role);
            installCleanup();
            out.add(role);
        }
        return out;
    }

    /** {@code "name"}, quoted whatever it holds. */
    static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private void installCleanup() {
        if (cleanup == null) {
            cleanup = new Thread(this::dropAll, "schemadiff-verify-cleanup");
            try {
                Runtime.getRuntime().addShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                cleanup = null;
            }
        }
    }

    private synchronized void dropAll() {
        for (String name : new ArrayList<>(created)) {
            try {
                dropDatabase(name);
            } catch (SQLException | RuntimeException e) {
                // the server may be gone already; nothing else to do
            }
        }
        for (String role : new ArrayList<>(createdRoles)) {
            try (Statement s = admin().createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + quoteIdent(role));
            } catch (SQLException | RuntimeException e) {
                // still in use (a database left behind, another run), or the server is gone: the role stays
            }
            createdRoles.remove(role);
        }
    }

    @Override
    public void close() {
        dropAll();
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // already running
            }
            cleanup = null;
        }
        synchronized (this) {
            if (admin != null) {
                try {
                    admin.close();
                } catch (SQLException e) {
                    // closing anyway
                }
                admin = null;
            }
        }
    }

    /** Thrown when no server could be started or reached. */
    static class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown for a --url that verify will not use. */
    static final class Refused extends Unavailable {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Starts a throwaway server: {@code requested} is a major version ({@code 17}) or null for the newest. */
    static Server embedded(String requested, PrintWriter log) throws Unavailable {
        String mavenVersion = Binaries.mavenVersion(requested);
        return new Embedded(mavenVersion, log);
    }

    /** An existing server; {@code allowNonEmpty} lets the URL's own database hold objects. */
    static Server external(String url, boolean allowNonEmpty) throws Unavailable {
        External s = new External(url);
        s.check(allowNonEmpty);
        return s;
    }

    static final class Embedded extends Server {
        private final EmbeddedPostgres pg;
        private final Path logFile;
        private final long startMillis;

        Embedded(String mavenVersion, PrintWriter log) throws Unavailable {
            if (isRoot() && !LinuxUtils.isUnshareAvailable()) {
                throw new Unavailable("the embedded PostgreSQL refuses to run as root, and this machine cannot run it "
                    + "in a user namespace (unshare -U); run verify as another user, or give --url", null);
            }
            long t0 = System.nanoTime();
            try {
                logFile = Files.createTempFile("schemadiff-verify-postgres-", ".log");
            } catch (IOException e) {
                throw new Unavailable("cannot create a log file for PostgreSQL: " + e.getMessage(), e);
            }
            ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            try {
                EmbeddedPostgres.Builder b = EmbeddedPostgres.builder();
                Path memory = memoryDirectory();
                if (memory != null) {
                    b.setDataDirectory(memory);
                }
                pg = b
                    .setPgBinaryResolver(Binaries.forVersion(mavenVersion, log))
                    .setLocaleConfig("locale", "C")
                    // a throwaway server: durability buys nothing
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(toLog)
                    .setErrorRedirector(toLog)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
                String tail = tail(logFile);
                Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
                throw new Unavailable("could not start the embedded PostgreSQL " + mavenVersion + ": " + cause.getMessage()
                    + (tail.isEmpty() ? "" : "\nits log (" + logFile + ") ends with:\n" + tail), cause);
            }
            startMillis = (System.nanoTime() - t0) / 1_000_000;
        }

        /**
         * A fresh folder in memory (/dev/shm) for the data directory, when there is room: creating a database copies
         * its template's files, several times faster there than on disk. Null: the default, a temporary folder.
         */
        private static Path memoryDirectory() {
            Path shm = Path.of("/dev/shm");
            removeStale(shm);
            try {
                if (Files.isDirectory(shm) && Files.isWritable(shm)
                    && Files.getFileStore(shm).getUsableSpace() > 2L * 1024 * 1024 * 1024) {
                    return Files.createTempDirectory(shm, "schemadiff-verify-");
                }
            } catch (IOException | RuntimeException e) {
                // fall back to the default
            }
            return null;
        }

        /**
         * Data directories left in memory by a verify that was killed: nobody holds their lock any more. Their
         * server, if it still runs, is stopped, and the folder removed.
         */
        private static void removeStale(Path shm) {
            if (!Files.isDirectory(shm)) {
                return;
            }
            try (java.util.stream.Stream<Path> dirs = Files.list(shm)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("schemadiff-verify-")).toList()) {
                    Path lock = dir.resolve("epg-lock");
                    if (!Files.exists(lock)
                        || Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 60_000) {
                        continue;
                    }
                    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                        java.nio.file.StandardOpenOption.WRITE);
                         java.nio.channels.FileLock l = ch.tryLock()) {
                        if (l == null) {
                            continue; // a live verify
                        }
                        stopPostmaster(dir.resolve("postmaster.pid"));
                        deleteTree(dir);
                    } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
                        // leave it
                    }
                }
            } catch (IOException | RuntimeException e) {
                // nothing to clean, or not ours to clean
            }
        }

        private static void stopPostmaster(Path pidFile) {
            try {
                if (!Files.exists(pidFile)) {
                    return;
                }
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(pid).filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(h -> {
                        h.destroy(); // SIGTERM: a smart shutdown, its clients are gone
                        try {
                            h.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            h.destroyForcibly();
                        }
                    });
            } catch (IOException | RuntimeException e) {
                // not a server we can stop
            }
        }

        private static void deleteTree(Path dir) throws IOException {
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }

        private static boolean isRoot() {
            try {
                Class<?> c = Class.forName("com.sun.security.auth.module.UnixSystem");
                Object u = c.getDeclaredConstructor().newInstance();
                return ((Number) c.getMethod("getUid").invoke(u)).longValue() == 0;
            } catch (ReflectiveOperationException | LinkageError e) {
                return false;
            }
        }

        private static String tail(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        long startMillis() {
            return startMillis;
        }

        @Override
        String description() {
            return "PostgreSQL " + version() + " (embedded)";
        }

        @Override
        String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database;
        }

        @Override
        Properties properties() {
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            return p;
        }

        @Override
        String maintenanceDatabase() {
            return "postgres";
        }

        @Override
        String createOptions() {
            return " LC_COLLATE 'C' LC_CTYPE 'C'";
        }

        /** The server's own URL, for tests of {@code --url}. */
        String url() {
            return url("postgres");
        }

        String url(String database) {
            return "postgresql://postgres@localhost:" + pg.getPort() + "/" + database;
        }

        @Override
        public void close() {
            super.close();
            try {
                pg.close();
            } catch (IOException e) {
                // the data directory is temporary; the server is stopped by now or dies with us
            }
            try {
                Files.deleteIfExists(logFile);
            } catch (IOException e) {
                // a temporary file
            }
        }
    }

    static final class External extends Server {
        private final String host;
        private final String database;
        private final Properties props = new Properties();
        private final String display;

        External(String url) throws Unavailable {
            String u = url.startsWith("jdbc:") ? url.substring(5) : url;
            URI uri;
            try {
                uri = new URI(u);
            } catch (URISyntaxException e) {
                throw new Refused("--url is not a URL: " + e.getMessage());
            }
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new Refused("--url must look like postgresql://user:password@host:port/database, not "
                    + redact(url));
            }
            String h = uri.getHost() == null ? "localhost" : uri.getHost();
            host = h + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            String db = path.startsWith("/") ? path.substring(1) : path;
            String ui = uri.getRawUserInfo();
            if (ui != null) {
                int colon = ui.indexOf(':');
                props.setProperty("user", decode(colon < 0 ? ui : ui.substring(0, colon)));
                if (colon >= 0) {
                    props.setProperty("password", decode(ui.substring(colon + 1)));
                }
            }
            if (uri.getRawQuery() != null) {
                for (String kv : uri.getRawQuery().split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        String k = decode(kv.substring(0, eq));
                        String v = decode(kv.substring(eq + 1));
                        if (k.equals("dbname")) {
                            db = v;
                        } else {
                            props.setProperty(k, v);
                        }
                    }
                }
            }
            if (!props.containsKey("user")) {
                String env = System.getenv("PGUSER");
                props.setProperty("user", env != null ? env : System.getProperty("user.name"));
            }
            if (!props.containsKey("password") && System.getenv("PGPASSWORD") != null) {
                props.setProperty("password", System.getenv("PGPASSWORD"));
            }
            database = db.isEmpty() ? props.getProperty("user") : decode(db);
            display = "postgresql://" + props.getProperty("user") + "@" + host + "/" + database;
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        private static String redact(String url) {
            return url.replaceAll("(//[^:/@]*:)[^@]*@", "$1***@");
        }

        /** Refuses a URL whose database already holds user objects, unless told otherwise. */
        void check(boolean allowNonEmpty) throws Unavailable {
            List<String> objects;
            try {
                admin();
                objects = userObjects(admin());
            } catch (SQLException e) {
                throw new Unavailable("cannot connect to " + display + ": " + e.getMessage(), e);
            }
            boolean mayCreate;
            try (Statement st = admin().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
                mayCreate = rs.next() && rs.getBoolean(1);
            } catch (SQLException e) {
                mayCreate = true; // let CREATE DATABASE say
            }
            if (!mayCreate) {
                close();
                throw new Refused("refusing --url " + display + ": role " + props.getProperty("user") + " may not "
                    + "create databases, and verify works in databases of its own (it needs CREATEDB)");
            }
            if (!objects.isEmpty() && !allowNonEmpty) {
                close();
                throw new Refused("refusing --url " + display + ": its database already holds user objects ("
                    + String.join(", ", objects) + (objects.size() == 5 ? ", …" : "") + "). verify creates and drops"
                    + " only databases of its own, named " + PREFIX + "…, but a URL to a database in use is likely a"
                    + " mistake. Name an empty database (such as postgres), or pass --allow-nonempty-url.");
            }
        }

        static List<String> userObjects(Connection c) throws SQLException {
            List<String> out = new ArrayList<>();
            String q = """
                SELECT kind || ' ' || name FROM (
                  SELECT 'schema' AS kind, quote_ident(n.nspname) AS name FROM pg_namespace n
                   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND n.nspname !~ '^pg_'
                  UNION ALL
                  SELECT 'relation', quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
                  UNION ALL
                  SELECT 'function', quote_ident(n.nspname) || '.' || quote_ident(p.proname) FROM pg_proc p
                    JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
                  UNION ALL
                  SELECT 'type', quote_ident(n.nspname) || '.' || quote_ident(t.typname) FROM pg_type t
                    JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
                     AND t.typcategory <> 'A'
                     AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
                  UNION ALL
                  SELECT 'extension', quote_ident(e.extname) FROM pg_extension e WHERE e.extname <> 'plpgsql'
                ) o LIMIT 5""";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        @Override
        String description() {
            return "PostgreSQL " + version() + " at " + host;
        }

        @Override
        String jdbcUrl(String db) {
            return "jdbc:postgresql://" + host + "/" + db;
        }

        @Override
        Properties properties() {
            return props;
        }

        @Override
        String maintenanceDatabase() {
            return database;
        }
    }
}
