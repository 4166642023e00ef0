package io.schemadiff.parser.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.ObjectFilter;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import io.schemadiff.model.RenameSet;
import io.schemadiff.parser.SchemaReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What resolving renames hands the differ: plain model data, the statements in order and the renamed source. */
class RenameSetTest {

    @Test
    void theRenamesAreModelDataInTheOrderTheyRun() {
        SchemaReader.Result a = SchemaReader.read("from.sql", "create table orders (id int, note text);");
        SchemaReader.Result b = SchemaReader.read("to.sql",
            "create table purchases (id int, remark text); -- schemadiff: renamed from note");
        RenameSet set = Renames.resolve(a, b, List.of("public.orders=purchases")).set();
        assertSame(a.catalog(), set.original());
        QualifiedName purchases = new QualifiedName("public", "purchases");
        assertEquals(List.of(
            new RenameSet.Rename(ObjectId.column(purchases, "remark"),
                "ALTER TABLE public.orders RENAME COLUMN note TO remark",
                "renamed, as told by the hint at to.sql:1:47"),
            new RenameSet.Rename(ObjectId.of(ObjectKind.TABLE, purchases),
                "ALTER TABLE public.orders RENAME TO purchases",
                "renamed, as told by --rename public.orders=purchases")),
            set.renames());
        // the source read again with the renames replayed: the target's table, under its new names
        assertEquals(b.catalog().table(purchases), set.renamed().table(purchases));
        assertTrue(set.renamed().table(new QualifiedName("public", "orders")).isEmpty());
        // what exists before the plan runs: the old names and the new
        assertTrue(set.existing().table(new QualifiedName("public", "orders")).isPresent());
        assertTrue(set.existing().table(purchases).isPresent());
    }

    @Test
    void filteringLeavesOutTheRenamesOfWhatItLeavesOut() {
        String schemas = "create schema s; create schema other; ";
        SchemaReader.Result a = SchemaReader.read("from.sql",
            schemas + "create table s.t (a int); create table other.u (b int);");
        SchemaReader.Result b = SchemaReader.read("to.sql",
            schemas + "create table s.t (x int); create table other.u (y int);");
        Renames both = Renames.resolve(a, b, List.of("s.t.a=x", "other.u.b=y"));
        assertEquals(2, both.set().renames().size());
        Renames onlyS = both.filtered(ObjectFilter.of(List.of(), List.of("other"), List.of()));
        assertEquals(List.of("ALTER TABLE s.t RENAME COLUMN a TO x"),
            onlyS.set().renames().stream().map(RenameSet.Rename::statement).toList());
        assertTrue(onlyS.set().original().table(new QualifiedName("other", "u")).isEmpty());
        assertTrue(Renames.resolve(a, a, List.of()).isEmpty());
    }
}
