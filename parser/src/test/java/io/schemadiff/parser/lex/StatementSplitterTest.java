package io.schemadiff.parser.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    static List<String> split(String sql) {
        return StatementSplitter.split(new Source("t.sql", sql)).stream().map(Statement::text)
            .collect(Collectors.toList());
    }

    @Test
    void splitsAtSemicolonsOutsideQuotesAndParentheses() {
        assertEquals(List.of("select ';'", "select (1;2)", "select $$;$$"),
            split("select ';'; select (1;2); select $$;$$;"));
    }

    @Test
    void beginAtomicBodyIsOneStatement() {
        String f = "create function f() returns int language sql begin atomic select 1; select case when true then 2 "
            + "end; end";
        assertEquals(List.of(f, "select 3"), split(f + "; select 3;"));
    }

    @Test
    void metaCommandsAreStatementsOfTheirOwn() {
        assertEquals(List.of("\\restrict k", "create table t (a int)", "\\unrestrict k"),
            split("\\restrict k\ncreate table t (a int);\n\\unrestrict k\n"));
    }

    @Test
    void copyDataIsSkipped() {
        assertEquals(List.of("copy t (a) from stdin", "select 1"),
            split("copy t (a) from stdin;\n1\n'unterminated\n\\.\nselect 1;"));
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertEquals(List.of("select 1", "select 2"), split("select 1; select 2"));
    }
}
