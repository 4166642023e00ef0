package io.schemadiff.parser.interp;

import io.schemadiff.model.Function;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Privilege;
import io.schemadiff.model.Privilege.Target;
import io.schemadiff.model.Privileges;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.Sequence;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.Grant;
import io.schemadiff.parser.ddl.Ddl.GrantOn;
import io.schemadiff.parser.ddl.Ddl.PrivilegeSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GRANT and REVOKE, ALTER DEFAULT PRIVILEGES and ALTER … OWNER TO: what they name, checked as the server checks it,
 * and what they change in the {@link Acls} (when privileges are read at all; passed over otherwise).
 */
final class Grants {
    private final WorkingCatalog cat;
    private final Acls acls;
    private final Routines routines;

    Grants(WorkingCatalog cat, Routines routines) {
        this.cat = cat;
        this.acls = cat.acls();
        this.routines = routines;
    }

    // ------------------------------------------------------------------ GRANT / REVOKE

    void grant(Grant g) {
        if (!acls.reading()) {
            return;
        }
        if (g.on() == GrantOn.OTHER) {
            cat.warnAt(g.at(), "not modeled yet, ignored: " + (g.revoke() ? "REVOKE" : "GRANT") + " ON " + g.onText());
            return;
        }
        if (g.withGrantOption() && g.grantees().contains(Privileges.PUBLIC)) {
            throw cat.errorAt(g.at(), "grant options can only be granted to roles");
        }
        for (ObjectId id : targets(g)) {
            Target t = Privilege.Target.of(id).orElseThrow();
            Set<Privilege> whole = EnumSet.noneOf(Privilege.class);
            for (PrivilegeSpec p : g.privileges()) {
                if (p.columns().isEmpty()) {
                    whole.addAll(privileges(p, t, id, g.on()));
                } else {
                    if (t != Target.TABLE) {
                        throw cat.errorAt(p.at(), "column privileges are only valid for relations");
                    }
                    for (String col : p.columns()) {
                        ObjectId cid = ObjectId.column(id.qualifiedName(), col);
                        cat.requireColumnOf(id, col, p.at());
                        acls.apply(cid, g, privileges(p, Target.COLUMN, cid, g.on()));
                    }
                }
            }
            if (!whole.isEmpty()) {
                acls.apply(id, g, whole);
            }
        }
    }

    /** What a privilege as written means for an object of class {@code t}; errors as the server's. */
    private Set<Privilege> privileges(PrivilegeSpec p, Target t, ObjectId id, GrantOn on) {
        if (p.privilege().equals("all")) {
            return t.all();
        }
        Optional<Privilege> named = Privilege.named(p.privilege());
        if (named.isPresent() && t.all().contains(named.get())) {
            return EnumSet.of(named.get());
        }
        if (t == Target.SEQUENCE && on == GrantOn.TABLE) {
            // GRANT … ON TABLE names a sequence: the server warns and grants what a sequence has
            cat.warnAt(p.at(), "sequence \"" + id.name() + "\" only supports USAGE, SELECT, and UPDATE privileges");
            return EnumSet.noneOf(Privilege.class);
        }
        throw cat.errorAt(p.at(), "invalid privilege type " + p.privilege().toUpperCase(Locale.ROOT) + " for "
            + (t == Target.TABLE ? "relation" : t.name().toLowerCase(Locale.ROOT)));
    }

    /** The objects a GRANT names, each as it must exist. */
    private List<ObjectId> targets(Grant g) {
        List<ObjectId> out = new ArrayList<>();
        if (g.allInSchema()) {
            for (String s : g.schemas()) {
                if (!cat.schemaExists(s)) {
                    throw cat.errorAt(g.at(), "schema \"" + s + "\" does not exist");
                }
                for (Map.Entry<ObjectId, Object> e : cat.objects().entrySet()) {
                    ObjectId id = e.getKey();
                    if (!id.schema().equals(s)) {
                        continue;
                    }
                    boolean procedure = e.getValue() instanceof Function f && f.procedure();
                    boolean match = switch (g.on()) {
                        case TABLE -> id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW
                            || id.kind() == ObjectKind.MATERIALIZED_VIEW;
                        case SEQUENCE -> id.kind() == ObjectKind.SEQUENCE;
                        case FUNCTION -> id.kind() == ObjectKind.FUNCTION && !procedure;
                        case PROCEDURE -> id.kind() == ObjectKind.FUNCTION && procedure;
                        case ROUTINE -> id.kind() == ObjectKind.FUNCTION;
                        default -> false;
                    };
                    if (match) {
                        out.add(id);
                    }
                    if (g.on() == GrantOn.SEQUENCE && e.getValue() instanceof TableState ts
                        && ts.columns.values().stream().anyMatch(c -> c.identity().isPresent())) {
                        cat.warnAt(g.at(), "not modeled yet, ignored: privileges on the identity sequences of "
                            + id.qualifiedName() + " (" + (g.revoke() ? "REVOKE" : "GRANT") + " ON ALL SEQUENCES)");
                    }
                }
            }
            return out;
        }
        switch (g.on()) {
            case FUNCTION, PROCEDURE, ROUTINE -> {
                for (Ddl.RoutineRef r : g.routines()) {
                    out.add(routines.findRoutine(r, g.at()));
                }
            }
            case SCHEMA -> {
                for (Ddl.Name n : g.names()) {
                    if (!cat.schemaExists(n.last())) {
                        throw cat.errorAt(n.at(), "schema \"" + n.last() + "\" does not exist");
                    }
                    out.add(ObjectId.schema(n.last()));
                }
            }
            default -> {
                ObjectKind[] kinds = switch (g.on()) {
                    case SEQUENCE -> new ObjectKind[] {ObjectKind.SEQUENCE};
                    case TYPE, DOMAIN -> new ObjectKind[] {ObjectKind.TYPE};
                    default -> new ObjectKind[] {ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
                        ObjectKind.SEQUENCE};
                };
                for (Ddl.Name n : g.names()) {
                    Optional<ObjectId> id = cat.find(n, kinds);
                    if (id.isEmpty()) {
                        // a foreign table, an identity column's sequence, a base type: objects the model does not
                        // hold are reported; a name that is nothing is the server's error
                        cat.warnAt(n.at(), "not modeled yet, ignored: " + (g.revoke() ? "REVOKE" : "GRANT") + " on "
                            + n + " (no " + (g.on() == GrantOn.TABLE ? "relation" : g.on().name()
                            .toLowerCase(Locale.ROOT)) + " of that name is modeled)");
                        continue;
                    }
                    out.add(id.get());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ default privileges

    void defaultPrivileges(Ddl.DefaultPrivileges d) {
        if (!acls.reading()) {
            return;
        }
        Grant g = d.grant();
        if (g.on() == GrantOn.OTHER || g.on() == GrantOn.PROCEDURE) {
            cat.warnAt(d.at(), "not modeled yet, ignored: ALTER DEFAULT PRIVILEGES … ON " + g.onText());
            return;
        }
        Target t = switch (g.on()) {
            case TABLE -> Target.TABLE;
            case SEQUENCE -> Target.SEQUENCE;
            case FUNCTION, ROUTINE -> Target.FUNCTION;
            case TYPE, DOMAIN -> Target.TYPE;
            default -> Target.SCHEMA;
        };
        if (t == Target.SCHEMA && !d.schemas().isEmpty()) {
            throw cat.errorAt(d.at(), "cannot use IN SCHEMA clause when using GRANT/REVOKE ON SCHEMAS");
        }
        Set<Privilege> ps = EnumSet.noneOf(Privilege.class);
        for (PrivilegeSpec p : g.privileges()) {
            if (!p.columns().isEmpty()) {
                throw cat.errorAt(p.at(), "default privileges cannot be set for columns");
            }
            ps.addAll(privileges(p, t, null, GrantOn.OTHER));
        }
        List<String> roles = d.roles().isEmpty() ? List.of(acls.running()) : acls.roles(d.roles());
        List<String> schemas = d.schemas().isEmpty() ? List.of("") : d.schemas();
        acls.alterDefaults(g, t, ps, roles, schemas, d.at());
    }

    // ------------------------------------------------------------------ ownership

    void alterOwner(Ddl.AlterOwner o) {
        if (!acls.reading()) {
            return;
        }
        Optional<ObjectId> id = switch (o.kind()) {
            case TABLE, VIEW, MATERIALIZED_VIEW, SEQUENCE -> cat.find(o.name().orElseThrow(), ObjectKind.TABLE,
                ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW, ObjectKind.SEQUENCE);
            case TYPE, DOMAIN -> cat.find(o.name().orElseThrow(), ObjectKind.TYPE);
            case COLLATION -> cat.find(o.name().orElseThrow(), ObjectKind.COLLATION);
            case STATISTICS -> cat.find(o.name().orElseThrow(), ObjectKind.STATISTICS);
            case SCHEMA -> Optional.of(ObjectId.schema(o.name().orElseThrow().last()))
                .filter(x -> cat.objects().containsKey(x));
            case PUBLICATION -> Optional.of(new ObjectId(ObjectKind.PUBLICATION, "", o.name().orElseThrow().last(),
                "")).filter(x -> cat.objects().containsKey(x));
            case EVENT_TRIGGER -> Optional.of(new ObjectId(ObjectKind.EVENT_TRIGGER, "",
                o.name().orElseThrow().last(), "")).filter(x -> cat.objects().containsKey(x));
            case FUNCTION, AGGREGATE -> Optional.of(routines.findRoutine(o.routine().orElseThrow(), o.at()));
            default -> Optional.empty();
        };
        if (id.isEmpty()) {
            cat.warnAt(o.at(), "not modeled yet, ignored: ALTER " + o.kindText()
                + o.name().map(n -> " " + n).orElse("") + " OWNER TO");
            return;
        }
        acls.setOwner(id.get(), o.owner());
        if (id.get().kind() == ObjectKind.TABLE) {
            // the server gives the table's sequences (serial columns, OWNED BY) to the new owner too
            QualifiedName t = id.get().qualifiedName();
            for (Object x : new ArrayList<>(cat.objects().values())) {
                if (x instanceof Sequence s && s.ownedBy().isPresent() && s.ownedBy().get().table().equals(t)) {
                    acls.setOwner(s.id(), o.owner());
                }
            }
        }
    }
}
