package io.schemadiff.differ.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.schemadiff.model.DataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts from pg_cast (PostgreSQL 13 and 18 alike): whether {@code value::type} parses. */
class BuiltinCastsTest {

    private static DataType type(String spelled) {
        return spelled.endsWith("[]") ? DataType.builtin(spelled.substring(0, spelled.length() - 2)).asArray()
            : DataType.builtin(spelled);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "integer; uuid; false",
        "integer; jsonb; false",
        "boolean; date; false",
        "uuid; bytea; false",
        "integer; bytea; false", // PostgreSQL 18 only
        "date; time without time zone; false",
        "integer; boolean; true",
        "boolean; integer; true",
        "jsonb; integer; true",
        "json; jsonb; true",
        "date; timestamp with time zone; true",
        "timestamp with time zone; date; true",
        "inet; cidr; true",
        "integer; \"char\"; true",
        "integer; text; true", // every type converts to and from the string types
        "text; uuid; true",
        "character varying; jsonb; true",
        "uuid; character; true",
        "interval day to second; time without time zone; true",
        "\"bit\"; integer; true",
        "text[]; integer[]; true", // element by element
        "integer[]; bigint[]; true",
        "integer[]; uuid[]; false",
        "integer; integer[]; false",
        "integer[]; integer; false",
        "text; integer[]; true",
        "integer[]; text; true"})
    void exists(String from, String to, boolean expected) {
        assertEquals(expected, BuiltinCasts.exists(type(from), type(to)));
    }
}
