package io.schemadiff.parser.interp;

import io.schemadiff.model.Identifiers;
import io.schemadiff.model.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names taken in each schema, kept up to date as statements are replayed, so that a default name is
 * chosen the way the server chooses it (ChooseRelationName / ChooseConstraintName) without scanning the catalog.
 */
final class Names {
    /** Relations (pg_class): tables, views, sequences, indexes, constraint indexes, identity sequences. */
    private final Set<QualifiedName> relations = new HashSet<>();
    /** Constraint names in a schema, with how many tables use each. */
    private final Map<QualifiedName, Integer> constraints = new HashMap<>();

    boolean relationTaken(QualifiedName n) {
        return relations.contains(n);
    }

    void addRelation(QualifiedName n) {
        relations.add(n);
    }

    void removeRelation(QualifiedName n) {
        relations.remove(n);
    }

    /** Every name taken in schema {@code from} is taken in {@code to} instead. */
    void renameSchema(String from, String to) {
        for (QualifiedName n : List.copyOf(relations)) {
            if (n.schema().equals(from)) {
                relations.remove(n);
                relations.add(new QualifiedName(to, n.name()));
            }
        }
        for (Map.Entry<QualifiedName, Integer> e : List.copyOf(constraints.entrySet())) {
            if (e.getKey().schema().equals(from)) {
                constraints.remove(e.getKey());
                constraints.put(new QualifiedName(to, e.getKey().name()), e.getValue());
            }
        }
    }

    boolean constraintTaken(QualifiedName n) {
        return constraints.containsKey(n);
    }

    void addConstraint(QualifiedName n) {
        constraints.merge(n, 1, Integer::sum);
    }

    void removeConstraint(QualifiedName n) {
        constraints.computeIfPresent(n, (k, v) -> v > 1 ? v - 1 : null);
    }

    /** ChooseRelationName(): {@code name1_name2_label}, then {@code …_label1}, {@code …_label2} until free. */
    String chooseRelationName(String schema, String name1, String name2, String label, boolean isConstraint,
                              Set<String> alsoTaken) {
        String modlabel = label;
        for (int pass = 1; ; pass++) {
            String candidate = Identifiers.makeObjectName(name1, name2, modlabel);
            QualifiedName q = new QualifiedName(schema, candidate);
            if (!relationTaken(q) && !(isConstraint && constraintTaken(q)) && !alsoTaken.contains(candidate)) {
                return candidate;
            }
            modlabel = label + pass;
        }
    }

    /** ChooseConstraintName(): as above, checking the constraint names of the schema. */
    String chooseConstraintName(String schema, String name1, String name2, String label, Set<String> alsoTaken) {
        String modlabel = label;
        for (int pass = 1; ; pass++) {
            String candidate = Identifiers.makeObjectName(name1, name2, modlabel);
            if (!constraintTaken(new QualifiedName(schema, candidate)) && !alsoTaken.contains(candidate)) {
                return candidate;
            }
            modlabel = label + pass;
        }
    }

    /** The name addition for a list of columns: joined with underscores, as ChooseIndexNameAddition() does. */
    static String columnsAddition(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            if (!sb.isEmpty()) {
                sb.append('_');
            }
            sb.append(c);
            if (Identifiers.byteLength(sb.toString()) >= Identifiers.MAX_BYTES + 1) {
                break;
            }
        }
        return sb.toString();
    }
}
