package io.schemadiff.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A privilege GRANT gives, in the order the server lists them in an ACL item ({@code arwdDxtmXUC}). */
public enum Privilege {
    INSERT('a'), SELECT('r'), UPDATE('w'), DELETE('d'), TRUNCATE('D'), REFERENCES('x'), TRIGGER('t'),
    MAINTAIN('m'), EXECUTE('X'), USAGE('U'), CREATE('C');

    private final char code;

    Privilege(char code) {
        this.code = code;
    }

    /** The letter of the privilege in an {@code aclitem} ({@code r} for SELECT). */
    public char code() {
        return code;
    }

    public static Optional<Privilege> ofCode(char c) {
        for (Privilege p : values()) {
            if (p.code == c) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Optional<Privilege> named(String word) {
        try {
            return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What an object of this class can be granted: what {@code ALL PRIVILEGES} means for it. */
    public enum Target {
        TABLE(EnumSet.of(INSERT, SELECT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN)),
        SEQUENCE(EnumSet.of(SELECT, UPDATE, USAGE)),
        FUNCTION(EnumSet.of(EXECUTE)),
        TYPE(EnumSet.of(USAGE)),
        SCHEMA(EnumSet.of(USAGE, CREATE)),
        COLUMN(EnumSet.of(INSERT, SELECT, UPDATE, REFERENCES));

        private final Set<Privilege> all;

        Target(Set<Privilege> all) {
            this.all = all;
        }

        public Set<Privilege> all() {
            return EnumSet.copyOf(all);
        }

        /** The class of object an id names; empty for objects without privileges (indexes, triggers, …). */
        public static Optional<Target> of(ObjectId id) {
            return Optional.ofNullable(switch (id.kind()) {
                case TABLE, VIEW, MATERIALIZED_VIEW -> TABLE;
                case SEQUENCE -> SEQUENCE;
                case FUNCTION -> FUNCTION;
                case TYPE -> TYPE;
                case SCHEMA -> SCHEMA;
                case COLUMN -> COLUMN;
                default -> null;
            });
        }

        /** The object type letter of {@code pg_default_acl.defaclobjtype}, for the classes it has. */
        public char defaultAclType() {
            return switch (this) {
                case TABLE -> 'r';
                case SEQUENCE -> 'S';
                case FUNCTION -> 'f';
                case TYPE -> 'T';
                case SCHEMA -> 'n';
                case COLUMN -> throw new IllegalStateException("no default privileges for columns");
            };
        }

        public static Optional<Target> ofDefaultAclType(char c) {
            for (Target t : values()) {
                if (t != COLUMN && t.defaultAclType() == c) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }

        /** The plural ALTER DEFAULT PRIVILEGES uses: {@code TABLES}, {@code FUNCTIONS}, … */
        public String plural() {
            return switch (this) {
                case TABLE -> "TABLES";
                case SEQUENCE -> "SEQUENCES";
                case FUNCTION -> "FUNCTIONS";
                case TYPE -> "TYPES";
                case SCHEMA -> "SCHEMAS";
                case COLUMN -> throw new IllegalStateException("no default privileges for columns");
            };
        }
    }
}
