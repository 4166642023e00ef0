package io.schemadiff.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which objects a comparison leaves out, applied alike to both sides before they are compared (migra's
 * {@code --schema} / {@code --exclude-schema}, an ignore file's patterns). What is left out is neither created,
 * changed nor dropped: it is taken to be as it is.
 *
 * <p>A pattern is {@code [KIND ]NAME}: {@code NAME} is matched against the object's name as a reviewer reads it,
 * {@code schema.name} ({@code schema.table.member} for triggers, policies; just {@code name} for schemas and
 * extensions), where {@code *} is any run of characters but {@code .}, {@code **} any run at all, and {@code ?} one
 * character; {@code KIND} ({@code table}, {@code view}, {@code function}, … as in SQL) limits it to one kind. A
 * pattern starting with {@code !} takes back what an earlier one left out; the last pattern that matches decides,
 * as in a {@code .gitignore}. An object of a table that is left out (its indexes, triggers, policies, statistics) is
 * left out with it.
 */
public final class ObjectFilter {
    /** Leaves nothing out. */
    public static final ObjectFilter NONE = new ObjectFilter(List.of(), List.of(), List.of());

    private record Rule(boolean include, Optional<ObjectKind> kind, Pattern name, String text) {}

    private final List<String> schemas;
    private final List<String> excludedSchemas;
    private final List<Rule> rules;

    private ObjectFilter(List<String> schemas, List<String> excludedSchemas, List<Rule> rules) {
        this.schemas = List.copyOf(schemas);
        this.excludedSchemas = List.copyOf(excludedSchemas);
        this.rules = List.copyOf(rules);
    }

    /**
     * @param schemas         when not empty, only these schemas (and what is in them) are compared
     * @param excludedSchemas schemas left out, with what is in them
     * @param patterns        patterns, as an ignore file's lines (blank lines and {@code #} comments are skipped)
     * @throws IllegalArgumentException naming the pattern that cannot be read
     */
    public static ObjectFilter of(List<String> schemas, List<String> excludedSchemas, List<String> patterns) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : patterns) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean include = line.startsWith("!");
            String rest = include ? line.substring(1).strip() : line;
            Optional<ObjectKind> kind = Optional.empty();
            for (ObjectKind k : ObjectKind.values()) {
                String word = k.sqlWord() + " ";
                if (rest.toLowerCase(Locale.ROOT).startsWith(word) && rest.length() > word.length()) {
                    kind = Optional.of(k);
                    rest = rest.substring(word.length()).strip();
                    break;
                }
            }
            if (rest.isEmpty() || rest.contains(" ")) {
                throw new IllegalArgumentException("cannot read pattern '" + raw.strip()
                    + "': expected [KIND ]NAME, such as 'audit.*' or 'table public.tmp_*'");
            }
            rules.add(new Rule(include, kind, glob(rest), line));
        }
        return new ObjectFilter(schemas, excludedSchemas, rules);
    }

    public boolean isEmpty() {
        return schemas.isEmpty() && excludedSchemas.isEmpty() && rules.isEmpty();
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^.]*");
            } else if (c == '?') {
                re.append("[^.]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** Whether {@code id} is left out, by its schema or a pattern (not through its table: see {@link #apply}). */
    public boolean excludes(ObjectId id) {
        String schema = id.kind() == ObjectKind.SCHEMA ? id.name() : id.schema();
        if (!schemas.isEmpty() && !schemas.contains(schema)) {
            return true;
        }
        if (excludedSchemas.contains(schema)) {
            return true;
        }
        boolean out = false;
        String name = displayName(id);
        for (Rule r : rules) {
            if ((r.kind().isEmpty() || r.kind().get() == id.kind()) && r.name().matcher(name).matches()) {
                out = !r.include();
            }
        }
        return out;
    }

    /** The name patterns match: {@code schema.name}, {@code schema.table.member}, or a schema's own name. */
    static String displayName(ObjectId id) {
        return switch (id.kind()) {
            case SCHEMA, EXTENSION, PUBLICATION, EVENT_TRIGGER, CAST -> id.name();
            case TRIGGER, POLICY, COLUMN, CONSTRAINT -> id.schema() + "." + id.name() + "." + id.member();
            case DEFAULT_PRIVILEGES -> id.schema();
            default -> id.schema() + "." + id.name();
        };
    }

    /** The catalog without what this filter leaves out. */
    public Catalog apply(Catalog c) {
        if (isEmpty()) {
            return c;
        }
        Map<ObjectId, SchemaObject> kept = new LinkedHashMap<>();
        for (Map.Entry<ObjectId, SchemaObject> e : c.objects().entrySet()) {
            if (!leftOut(e.getValue())) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        Map<ObjectId, Set<ObjectId>> deps = new LinkedHashMap<>();
        c.dependencies().forEach((from, to) -> {
            if (!excludesWithTable(from)) {
                deps.put(from, to);
            }
        });
        return new Catalog(kept, deps, privileges(c.privileges()));
    }

    private boolean leftOut(SchemaObject o) {
        if (excludes(o.id())) {
            return true;
        }
        QualifiedName table = null;
        if (o instanceof Index i) {
            table = i.table();
        } else if (o instanceof Statistics s) {
            table = s.table();
        } else if (o instanceof Trigger t) {
            table = t.table();
        } else if (o instanceof Policy p) {
            table = p.table();
        }
        return table != null && excludes(ObjectId.of(ObjectKind.TABLE, table));
    }

    /** A member (column, constraint, trigger, policy) goes with its table. */
    private boolean excludesWithTable(ObjectId id) {
        return excludes(id) || !id.member().isEmpty() && MEMBERS.contains(id.kind()) && excludes(id.owner());
    }

    private static final Set<ObjectKind> MEMBERS = Set.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT,
        ObjectKind.TRIGGER, ObjectKind.POLICY);

    private Privileges privileges(Privileges p) {
        if (p.isEmpty()) {
            return p;
        }
        Map<ObjectId, String> owners = new LinkedHashMap<>();
        p.owners().forEach((id, owner) -> {
            if (!excludesWithTable(id)) {
                owners.put(id, owner);
            }
        });
        Map<ObjectId, Acl> acls = new LinkedHashMap<>();
        p.acls().forEach((id, acl) -> {
            if (!excludesWithTable(id)) {
                acls.put(id, acl);
            }
        });
        Map<Privileges.DefaultKey, Acl> defaults = new LinkedHashMap<>();
        p.defaults().forEach((k, acl) -> {
            boolean schemaOut = !k.schema().isEmpty() && excludes(ObjectId.schema(k.schema()));
            if (!schemaOut) {
                defaults.put(k, acl);
            }
        });
        return new Privileges(owners, acls, defaults);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        schemas.forEach(s -> parts.add("--schema " + s));
        excludedSchemas.forEach(s -> parts.add("--exclude-schema " + s));
        rules.forEach(r -> parts.add(r.text()));
        return String.join(", ", parts);
    }
}
