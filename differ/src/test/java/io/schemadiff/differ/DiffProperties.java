package io.schemadiff.differ;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.Source;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The differ's promises over random schemas, checked offline. */
class DiffProperties {

    @Provide
    Arbitrary<String> schemas() {
        return RandomSchemas.schemas().map(RandomSchemas::sql);
    }

    /** A schema diffs empty against itself. */
    @Property(tries = 300)
    void diffOfASchemaWithItselfIsEmpty(@ForAll("schemas") String a) {
        Catalog x = SchemaReader.read("a.sql", a).catalog();
        Catalog y = SchemaReader.read("a.sql", a).catalog();
        assertTrue(Differ.diff(x, y).isEmpty(), () -> Differ.diff(x, y).sql());
    }

    /** Replaying diff(A, B) onto A gives B: the migration says everything and only what differs. */
    @Property(tries = 500)
    void replayingTheDiffGivesTheTarget(@ForAll("schemas") String a, @ForAll("schemas") String b) {
        Catalog from = SchemaReader.read("a.sql", a).catalog();
        Catalog to = SchemaReader.read("b.sql", b).catalog();
        String migration = Differ.diff(from, to).sql();
        Catalog replayed = SchemaReader.read(List.of(new Source("a.sql", a), new Source("migration.sql", migration)))
            .catalog();
        assertEquals("", Differ.diff(replayed, to).sql(), () -> "A:\n" + a + "\nB:\n" + b + "\nmigration:\n"
            + migration);
    }
}
