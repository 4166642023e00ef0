package io.schemadiff.parser.interp;

import io.schemadiff.model.Expression;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.View;
import io.schemadiff.parser.ddl.Ddl;
import io.schemadiff.parser.ddl.Ddl.CreateView;
import io.schemadiff.parser.ddl.Ddl.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CREATE VIEW and CREATE MATERIALIZED VIEW (the query read by {@link ViewQuery}), and their options. */
final class Views {
    private final WorkingCatalog cat;
    private final Names names;
    private final Resolver resolver;

    Views(WorkingCatalog cat) {
        this.cat = cat;
        this.names = cat.names();
        this.resolver = cat.resolver();
    }

    // ================================================================== views

    void createView(CreateView cv) {
        QualifiedName name = cat.newName(cv.name());
        ObjectKind kind = cv.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
        ObjectId id = ObjectId.of(kind, name);
        Optional<String> comment = Optional.empty();
        Map<String, String> columnComments = Map.of();
        if (names.relationTaken(name)) {
            if (cv.ifNotExists()) {
                return;
            }
            if (!(cv.orReplace() && cat.get(id) instanceof View old)) {
                throw cat.errorAt(cv.name().at(), "relation \"" + name + "\" already exists");
            }
            comment = old.comment();
            columnComments = old.columnComments();
        }
        Set<ObjectId> refs = new LinkedHashSet<>();
        ViewQuery q = ViewQuery.read((cv.materialized() ? "materialized view " : "view ") + name, cv.query(),
            cv.columns(), resolver, cat, refs);
        View v = new View(name, cv.materialized(), new Expression(cv.query().text(), q.canonical(), cat.searchPath()),
            cv.columns(), q.outputs(), cv.options(), cv.checkOption(), columnComments, comment, cv.withNoData());
        cat.put(id, v);
        cat.putRefs(id, refs);
        names.addRelation(name);
    }

    void alterViewOptions(Ddl.AlterViewOptions o) {
        ObjectId id = cat.requireRelation(o.name(), o.kind() == Kind.VIEW ? ObjectKind.VIEW
            : ObjectKind.MATERIALIZED_VIEW);
        View v = (View) cat.get(id);
        List<String> options = new ArrayList<>(v.options());
        Optional<String> check = v.checkOption();
        for (String r : o.reset()) {
            options.removeIf(x -> x.startsWith(r + "="));
            if (r.equals("check_option")) {
                check = Optional.empty();
            }
        }
        for (String s : o.set()) {
            String key = s.substring(0, s.indexOf('='));
            options.removeIf(x -> x.startsWith(key + "="));
            if (key.equals("check_option")) {
                check = Optional.of(s.substring(s.indexOf('=') + 1));
            } else {
                options.add(s);
            }
        }
        options.sort(null);
        cat.put(id, new View(v.name(), v.materialized(), v.query(), v.columns(), v.outputs(), options, check,
            v.columnComments(), v.comment(), v.withNoData()));
    }
}
