package io.schemadiff.parser.rename;

import io.schemadiff.parser.rename.RenameResolver.Rename;
import io.schemadiff.parser.source.InputError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order renames run in: by level (members, labels, functions, relations and types, schemas), each statement
 * naming what it renames as the source does; within a level, a rename that frees a name (b to c) before the one
 * that takes it (a to b). Renames that take each other's names (a swap) cannot be ordered.
 */
final class RenameOrder {
    private RenameOrder() {}

    static List<Rename> order(List<Rename> renames) {
        List<Rename> sorted = new ArrayList<>(renames);
        sorted.sort(Comparator.comparingInt(Rename::level));
        List<Rename> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).level() == sorted.get(i).level()) {
                j++;
            }
            out.addAll(chains(sorted.subList(i, j)));
            i = j;
        }
        return out;
    }

    /** Where a rename's names live: two renames conflict only within one. */
    private static String namespace(Rename r) {
        if (r.label()) {
            return "label " + r.old();
        }
        return switch (r.old().kind()) {
            case SCHEMA -> "schema";
            case COLUMN, CONSTRAINT, TRIGGER, POLICY -> r.old().kind() + " " + r.old().qualifiedName();
            case FUNCTION -> "function " + r.old().schema() + r.old().member();
            default -> "relation " + r.old().schema();
        };
    }

    /** {@code level} in an order where each rename follows the one that frees its new name. */
    private static List<Rename> chains(List<Rename> level) {
        List<Rename> left = new ArrayList<>(level);
        List<Rename> out = new ArrayList<>();
        while (!left.isEmpty()) {
            Rename ready = null;
            for (Rename r : left) {
                boolean waits = false;
                for (Rename other : left) {
                    if (other != r && namespace(other).equals(namespace(r)) && other.oldName().equals(r.newName())) {
                        waits = true;
                        break;
                    }
                }
                if (!waits) {
                    ready = r;
                    break;
                }
            }
            if (ready == null) {
                Rename r = left.get(0);
                throw new InputError(r.origin().source(), r.origin().offset(), "renames that take each other's "
                    + "names (" + String.join(", ", left.stream().map(x -> x.oldName() + " to " + x.newName())
                    .toList()) + ") cannot be ordered: rename through a name of your own in a migration first");
            }
            out.add(ready);
            left.remove(ready);
        }
        return out;
    }
}
