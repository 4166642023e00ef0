package io.schemadiff.cli;

import java.io.PrintStream;

/**
 * The JVM ran out of memory or stack: a line saying so and what to do, exit 1 — not a stack trace. Input nested
 * too deeply is an input error long before this ({@code io.schemadiff.parser.lex.Limits}); what is left is input too
 * large for the heap (or a path not yet bounded).
 */
final class Exhausted {
    private Exhausted() {}

    static int report(VirtualMachineError e, PrintStream err) {
        if (e instanceof OutOfMemoryError) {
            long mib = Runtime.getRuntime().maxMemory() >> 20;
            long more = Math.max(1024, Integer.highestOneBit((int) Math.min(mib, 1 << 20)) * 4L);
            err.println("schemadiff: out of memory (a Java heap of " + mib + " MiB): the input is too large for it; "
                + "give Java more, e.g. SCHEMADIFF_JAVA_OPTS=-Xmx" + (more >= 1024 ? more / 1024 + "g" : more + "m"));
        } else {
            err.println("schemadiff: out of stack (" + e.getClass().getSimpleName() + "): the input nests too "
                + "deeply; give Java more, e.g. SCHEMADIFF_JAVA_OPTS=-Xss64m");
        }
        err.flush();
        return Main.INPUT_ERROR;
    }
}
