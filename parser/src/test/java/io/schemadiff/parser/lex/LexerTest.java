package io.schemadiff.parser.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexer, a rule of scan.l per test. */
class LexerTest {

    /** Tokens as {@code TYPE:value}, space-separated, without EOF. */
    static String lex(String sql) {
        List<Token> tokens = Lexer.tokenize(new Source("t.sql", sql));
        return tokens.stream().filter(t -> t.type() != TokenType.EOF).map(t -> t.type() + ":" + t.value())
            .collect(Collectors.joining(" "));
    }

    @Test
    void identifiersFoldToLowerCaseUnlessQuoted() {
        assertEquals("IDENT:users QUOTED_IDENT:Users QUOTED_IDENT:a\"b", lex("USERS \"Users\" \"a\"\"b\""));
    }

    @Test
    void onlyAsciiLettersFold() {
        assertEquals("IDENT:größe", lex("Größe"));
        assertEquals("IDENT:Äbc", lex("ÄBC"));
    }

    @Test
    void identifiersAreTruncatedTo63Bytes() {
        String longName = "a".repeat(70);
        assertEquals("IDENT:" + "a".repeat(63), lex(longName));
        // a multibyte character is never cut in half
        assertEquals("IDENT:" + "a".repeat(62), lex("a".repeat(62) + "é" + "b"));
    }

    @Test
    void dollarIsPartOfAnIdentifierButNotItsStart() {
        assertEquals("IDENT:a$b PARAM:$1", lex("a$b $1"));
    }

    @Test
    void stringsDoubleTheirQuotesAndContinueAcrossNewlines() {
        assertEquals("STRING:it's", lex("'it''s'"));
        assertEquals("STRING:foobar", lex("'foo'\n  'bar'"));
        // without a newline in between, two strings are two tokens
        assertEquals("STRING:foo STRING:bar", lex("'foo' 'bar'"));
    }

    @Test
    void escapeStrings() {
        assertEquals("STRING:a\nb\tc'\\", lex("E'a\\nb\\tc\\'\\\\'"));
        assertEquals("STRING:A", lex("e'\\x41'"));
        assertEquals("STRING:A", lex("E'\\101'"));
        assertEquals("STRING:é", lex("E'\\u00e9'"));
        assertEquals("STRING:\uD83D\uDE00", lex("E'\\U0001F600'"));
    }

    @Test
    void unicodeEscapes() {
        assertEquals("STRING:data", lex("U&'d\\0061t\\+000061'"));
        assertEquals("QUOTED_IDENT:data", lex("U&\"d!0061t!+000061\" UESCAPE '!'"));
    }

    @Test
    void dollarQuotesWithTags() {
        assertEquals("DOLLAR_STRING:it's $$ inside", lex("$fn$it's $$ inside$fn$"));
        assertEquals("DOLLAR_STRING:", lex("$$$$"));
    }

    @Test
    void nestedBlockCommentsAndLineComments() {
        assertEquals("IDENT:a IDENT:b", lex("a /* x /* y */ z */ -- c\nb"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a<=b          | IDENT:a OPERATOR:<= IDENT:b",
        "a!=b          | IDENT:a OPERATOR:<> IDENT:b",
        "a=-1          | IDENT:a OPERATOR:= OPERATOR:- NUMBER:1",
        "a@-1          | IDENT:a OPERATOR:@- NUMBER:1",
        "a*-- c        | IDENT:a OPERATOR:*",
        "x::int        | IDENT:x TYPECAST::: IDENT:int",
        "f(a => 1)     | IDENT:f LPAREN:( IDENT:a EQUALS_GREATER:=> NUMBER:1 RPAREN:)",
        "a ->> 'k'     | IDENT:a OPERATOR:->> STRING:k",
    })
    void operatorsFollowScanL(String sql, String expected) {
        assertEquals(expected.trim(), lex(sql.trim()));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER:1 NUMBER:1.5 NUMBER:.5 NUMBER:1e10 NUMBER:2.5E-3 NUMBER:0x1F NUMBER:1000000",
            lex("1 1.5 .5 1e10 2.5E-3 0x1F 1_000_000"));
        assertEquals("NUMBER:1 DOT_DOT:.. NUMBER:2", lex("1..2"));
    }

    @Test
    void bitAndHexStrings() {
        assertEquals("BIT_STRING:1010 BIT_STRING:ff", lex("B'1010' X'ff'"));
    }

    @Test
    void metaCommandRunsToTheEndOfTheLine() {
        assertEquals("META:\\restrict abc123 IDENT:select", lex("\\restrict abc123\nselect"));
    }

    @Test
    void unterminatedConstructsAreErrorsAtTheirStart() {
        InputError e = assertThrows(InputError.class, () -> lex("select 'abc"));
        assertEquals("t.sql:1:8: unterminated quoted string", e.getMessage());
        assertThrows(InputError.class, () -> lex("/* open"));
        assertThrows(InputError.class, () -> lex("$a$ body"));
        assertThrows(InputError.class, () -> lex("\"\""));
    }
}
