package io.schemadiff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --stats}: where the time went, and the peak memory, for the benchmark. */
final class Stats {
    private Stats() {}

    static void report(PrintWriter err, long readNanos, long diffNanos, int steps) {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        err.printf("stats: read_ms=%d diff_ms=%d steps=%d heap_peak_mib=%d rss_peak_mib=%s jvm_uptime_ms=%d%n",
            readNanos / 1_000_000, diffNanos / 1_000_000, steps, heapPeak >> 20, rssPeakMib(), uptime);
        err.flush();
    }

    /** VmHWM from /proc/self/status: the process's peak resident memory, JVM included. */
    private static String rssPeakMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return String.valueOf(Long.parseLong(kb) >> 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }
}
