package io.schemadiff.parser.locks;

import java.util.Locale;

/**
 * PostgreSQL's table-level lock modes, weakest first (the order of the server's own numbering, which is also the
 * order of strength: each mode conflicts with at least the modes the one before it conflicts with).
 */
public enum LockMode {
    ACCESS_SHARE,
    ROW_SHARE,
    ROW_EXCLUSIVE,
    SHARE_UPDATE_EXCLUSIVE,
    SHARE,
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    /** The mode as SQL and {@code pg_locks} spell it: {@code SHARE ROW EXCLUSIVE}. */
    public String sql() {
        return name().replace('_', ' ');
    }

    /** The mode as {@code pg_locks.mode} names it: {@code ShareRowExclusiveLock}. */
    public String pgLocksName() {
        StringBuilder sb = new StringBuilder();
        for (String w : name().split("_")) {
            sb.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.append("Lock").toString();
    }

    /** The mode {@code pg_locks.mode} names ({@code ShareRowExclusiveLock}). */
    public static LockMode ofPgLocks(String mode) {
        for (LockMode m : values()) {
            if (m.pgLocksName().equals(mode)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a table lock mode: " + mode);
    }

    /** Whether a lock held in this mode makes a request in {@code other} wait (the server's conflict table). */
    public boolean conflictsWith(LockMode other) {
        return (CONFLICTS[ordinal()] & (1 << other.ordinal())) != 0;
    }

    /** Conflicts with ACCESS SHARE: plain SELECTs wait (and, behind them in the queue, everything else). */
    public boolean blocksReads() {
        return conflictsWith(ACCESS_SHARE);
    }

    /** Conflicts with ROW EXCLUSIVE: INSERT, UPDATE, DELETE and MERGE wait. */
    public boolean blocksWrites() {
        return conflictsWith(ROW_EXCLUSIVE);
    }

    public boolean strongerThan(LockMode other) {
        return compareTo(other) > 0;
    }

    private static int bits(LockMode... modes) {
        int b = 0;
        for (LockMode m : modes) {
            b |= 1 << m.ordinal();
        }
        return b;
    }

    /** The conflict table of the documentation's "Conflicting Lock Modes", row by row. */
    private static final int[] CONFLICTS = {
        bits(ACCESS_EXCLUSIVE),
        bits(EXCLUSIVE, ACCESS_EXCLUSIVE),
        bits(SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE),
        bits(SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE),
        bits(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE),
        bits(ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE),
        bits(ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
            ACCESS_EXCLUSIVE),
        bits(ACCESS_SHARE, ROW_SHARE, ROW_EXCLUSIVE, SHARE_UPDATE_EXCLUSIVE, SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE,
            ACCESS_EXCLUSIVE),
    };
}
