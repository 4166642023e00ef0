package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import io.schemadiff.parser.source.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Large inputs are read on two threads (parsing ahead of the replay); the result and the first error must be
 * exactly those of reading on one thread.
 */
class PipelinedReadTest {

    /** Enough statements for many batches and well over the size where the second thread starts. */
    private static String schema(int tables) {
        StringBuilder sb = new StringBuilder("CREATE SCHEMA app;\nCREATE TYPE app.state AS ENUM ('new', 'done');\n");
        for (int i = 0; i < tables; i++) {
            sb.append("CREATE TABLE app.t").append(i).append(" (id bigint PRIMARY KEY, state app.state DEFAULT 'new', ")
                .append("note text CHECK (length(note) < ").append(i + 10).append(")");
            if (i > 0) {
                sb.append(", parent bigint REFERENCES app.t").append(i - 1);
            }
            sb.append(");\nCREATE INDEX ON app.t").append(i).append(" (lower(note));\n")
                .append("COMMENT ON TABLE app.t").append(i).append(" IS 'table ").append(i).append("';\n");
            if (i % 97 == 0) {
                sb.append("SECURITY LABEL ON TABLE app.t").append(i).append(" IS 'not modeled';\n");
            }
        }
        return sb.toString();
    }

    @Test
    void sameCatalogAndWarningsAsOneThread() {
        String sql = schema(1500);
        assertTrue(sql.length() > 256 * 1024, "the input must be large enough to be pipelined");
        List<Source> sources = List.of(new Source("a.sql", sql), new Source("b.sql", "CREATE VIEW app.v AS SELECT id FROM app.t7;"));
        SchemaReader.Result two = SchemaReader.read(sources);
        SchemaReader.Result one = SchemaReader.readOnOneThread(sources);
        assertEquals(one.catalog(), two.catalog());
        assertEquals(one.catalog().objects().size(), two.catalog().objects().size());
        assertTrue(one.catalog().objects().size() > 2 * 1500);
        assertEquals(one.warnings().stream().map(Warning::render).toList(),
            two.warnings().stream().map(Warning::render).toList());
        assertEquals(16, two.warnings().size(), "one warning per operator (not modeled)");
    }

    @Test
    void aSyntaxErrorLateInTheInputIsReportedAsOnOneThread() {
        String sql = schema(1200) + "CREATE TABLE app.bad (a int,, b int);\n" + schema(10).replace("app.", "app2.");
        assertSameError(sql);
    }

    @Test
    void aReplayErrorBeforeALaterSyntaxErrorWins() {
        // the parsing thread meets the syntax error long before the replay reaches the duplicate table
        String sql = schema(600) + "CREATE TABLE app.t5 (a int);\n" + schema(600).replace("app.", "app3.")
            + "CREATE TABLE app.bad (a int,, b int);\n";
        InputError e = assertSameError(sql);
        assertTrue(e.render().contains("already exists"), e.render());
    }

    @Test
    void aSyntaxErrorBeforeALaterReplayErrorWins() {
        String sql = schema(600) + "CREATE TABLE app.bad (a int,, b int);\n" + "CREATE TABLE app.t5 (a int);\n"
            + schema(600).replace("app.", "app4.");
        InputError e = assertSameError(sql);
        assertTrue(e.render().contains("app.bad"), e.render());
    }

    private static InputError assertSameError(String sql) {
        List<Source> sources = List.of(new Source("in.sql", sql));
        InputError two = assertThrows(InputError.class, () -> SchemaReader.read(sources));
        InputError one = assertThrows(InputError.class, () -> SchemaReader.readOnOneThread(sources));
        assertEquals(one.render(), two.render());
        return two;
    }
}
