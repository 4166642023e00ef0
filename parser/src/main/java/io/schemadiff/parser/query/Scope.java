package io.schemadiff.parser.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names visible at one level of a query, while the analyzer binds it. */
final class Scope {
    final Scope parent;
    final List<RangeVar> vars = new ArrayList<>();
    final Map<String, CteDef> ctes;
    /** Columns merged by JOIN … USING: what an unqualified reference to them is. */
    final Map<String, Binding.Side> merged = new HashMap<>();
    /** Whether names here may be output columns (ORDER BY after UNION): unknown ones are not errors. */
    boolean outputsOnly;

    Scope(Scope parent) {
        this.parent = parent;
        this.ctes = parent == null ? new HashMap<>() : new HashMap<>(parent.ctes);
    }
}
