package io.schemadiff.verify;

import java.io.PrintWriter;

/** One embedded PostgreSQL for all of this module's tests (surefire runs them in one JVM). */
final class TestServer {
    private static Server.Embedded server;

    private TestServer() {}

    static synchronized Server.Embedded get() {
        if (server == null) {
            long t0 = System.nanoTime();
            try {
                server = (Server.Embedded) Server.embedded(null, new PrintWriter(System.err, true));
            } catch (Server.Unavailable e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            System.out.println("[verify tests] " + server.description() + " started in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
            Server.Embedded s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        }
        return server;
    }
}
