package io.schemadiff.parser.rename;

import io.schemadiff.parser.rename.RenameResolver.Origin;
import io.schemadiff.parser.rename.RenameResolver.Rename;
import io.schemadiff.model.Catalog;
import io.schemadiff.model.Constraint;
import io.schemadiff.model.Identifiers;
import io.schemadiff.model.Index;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.Sequence;
import io.schemadiff.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names the server made from a table's and its columns' names ({@code orders_pkey}, {@code orders_note_key},
 * {@code orders_note_check}, {@code orders_id_seq}, {@code orders_note_idx}), under the names renames give them:
 * candidates for renames that follow the table's or a column's. The resolver keeps those the target has under
 * the new name and not the old.
 */
final class RenameDerived {
    private RenameDerived() {}

    /**
     * The candidates for {@code t}: renamed itself ({@code tableRename}, or null when only columns of it are), and
     * with the column renames among {@code accepted}.
     */
    static List<Rename> of(Catalog from, Table t, Rename tableRename, List<Rename> accepted) {
        String oldTable = t.name().name();
        String newTable = tableRename == null ? oldTable : tableRename.newName();
        Map<String, Rename> columns = new LinkedHashMap<>();
        for (Rename r : accepted) {
            if (r.old().kind() == ObjectKind.COLUMN && r.old().qualifiedName().equals(t.name())) {
                columns.put(r.old().member(), r);
            }
        }
        List<Rename> out = new ArrayList<>();
        for (Constraint c : t.constraints()) {
            derived(ObjectId.constraint(t.name(), c.name()), oldTable, newTable, tableRename, columns, out);
        }
        for (Index i : from.all(Index.class)) {
            if (i.table().equals(t.name())) {
                derived(i.id(), oldTable, newTable, tableRename, columns, out);
            }
        }
        for (Sequence s : from.all(Sequence.class)) {
            if (s.ownedBy().isPresent() && s.ownedBy().get().table().equals(t.name())) {
                derived(s.id(), oldTable, newTable, tableRename, columns, out);
            }
        }
        return out;
    }

    /** The rename of {@code id} under the new names, made because of the table's or a column's rename. */
    private static void derived(ObjectId id, String oldTable, String newTable, Rename tableRename,
                                Map<String, Rename> columns, List<Rename> out) {
        String name = id.kind() == ObjectKind.CONSTRAINT ? id.member() : id.name();
        if (!name.startsWith(oldTable + "_")) {
            return;
        }
        String rest = name.substring(oldTable.length() + 1);
        Rename because = tableRename;
        for (Map.Entry<String, Rename> c : columns.entrySet()) {
            if (rest.startsWith(c.getKey() + "_")) {
                rest = c.getValue().newName() + rest.substring(c.getKey().length());
                because = c.getValue();
                break;
            }
        }
        String now = newTable + "_" + rest;
        if (because == null || now.equals(name) || Identifiers.byteLength(name) >= Identifiers.MAX_BYTES
            || Identifiers.byteLength(now) > Identifiers.MAX_BYTES) {
            return;
        }
        Origin origin = new Origin(because.origin().source(), because.origin().offset(), because.origin().flag(),
            RenameResolver.describe(because.old(), Optional.empty()));
        out.add(new Rename(id, Optional.empty(), now, origin, true));
    }
}
