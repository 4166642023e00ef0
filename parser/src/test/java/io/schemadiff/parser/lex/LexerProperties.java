package io.schemadiff.parser.lex;

import io.schemadiff.parser.SchemaReader;
import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, reading fails only with the project's own error type ({@link InputError}, which names a
 * place): never an exception from a bug, and never an endless loop.
 */
class LexerProperties {

    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> pieces = Arbitraries.of("'", "\"", "$", "$$", "$a$", "E'", "U&'", "U&\"", "B'", "X'", "/*",
            "*/", "--", "\n", " ", ";", "(", ")", "[", "]", "::", ":", ".", "..", "1", "1.5e", "0x", "_", "\\",
            "\\restrict x\n", "create table t (a int)", "select", "a", "\u00e9", "\uD83D\uDE00", "+", "-", "*", "/",
            "<", ">", "=", "!", "@", "#", "%", "^", "&", "|", "`", "?", "UESCAPE", "begin", "atomic", "end",
            "copy t from stdin;\n", "\\.\n", "default", "check", "references", "as", "enum", "view", "index", "on");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void lexerFailsOnlyWithInputError(@ForAll("sqlish") String sql) {
        try {
            StatementSplitter.split(new Source("p.sql", sql));
        } catch (InputError e) {
            // a located error is the only acceptable failure
            e.render();
        }
    }

    @Property(tries = 1000)
    void lexerFailsOnlyWithInputErrorOnAnyText(@ForAll String sql) {
        try {
            Lexer.tokenize(new Source("p.sql", sql));
        } catch (InputError e) {
            e.render();
        }
    }

    @Property(tries = 2000)
    void readerFailsOnlyWithInputError(@ForAll("sqlish") String sql) {
        try {
            SchemaReader.read(List.of(new Source("p.sql", sql)));
        } catch (InputError e) {
            e.render();
        }
    }
}
