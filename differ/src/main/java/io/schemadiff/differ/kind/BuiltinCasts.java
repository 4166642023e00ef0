package io.schemadiff.differ.kind;

import io.schemadiff.model.DataType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which built-in types the server casts to which: whether {@code value::type} is accepted at all, in any
 * context. A column whose type changes to one its old type has no cast to is converted through its text form
 * ({@code USING a::text::uuid}): every type has text input and output, and text casts to and from every type.
 *
 * <p>The table is pg_cast of PostgreSQL 13 to 18 for the types outside the string category, the casts present
 * in every version where both types exist, queried as
 * <pre>
 * select format_type(castsource, null), format_type(casttarget, null) from pg_cast
 *   join pg_type s on s.oid = castsource join pg_type t on t.oid = casttarget
 *  where s.typcategory &lt;&gt; 'S' and t.typcategory &lt;&gt; 'S' and castsource &lt;&gt; casttarget
 * </pre>
 * Left out, because some supported versions lack them: integer types to and from bytea (18 only), path to point
 * (13 only); and the statistics types' casts to bytea (pg_ndistinct, …: no column holds them). Casts to and from
 * the string types (text, varchar, char, name; {@code "char"} too in 13) are not listed: the server converts
 * through their input and output functions for every type.
 *
 * <p>Checked against every pair of pg_catalog's base, range and multirange types on PostgreSQL 13.23 and 18.6:
 * {@link #exists} answers what both servers accept ({@code value::type} parses), for the types both have.
 */
final class BuiltinCasts {
    private BuiltinCasts() {}

    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "bpchar", "name");

    private static final String REG = "regproc, regprocedure, regoper, regoperator, regclass, regtype, regconfig, "
        + "regdictionary, regnamespace, regrole, regcollation";

    /** source: targets, as pg_cast has them (the direction matters: date casts to timestamp, not back). */
    private static final Map<String, Set<String>> CASTS = table(List.of(
        "smallint: integer, bigint, real, double precision, numeric, oid, " + REG,
        "integer: smallint, bigint, real, double precision, numeric, money, boolean, bit, \"char\", oid, " + REG,
        "bigint: smallint, integer, real, double precision, numeric, money, bit, oid, " + REG,
        "real: smallint, integer, bigint, double precision, numeric",
        "double precision: smallint, integer, bigint, real, numeric",
        "numeric: smallint, integer, bigint, real, double precision, money",
        "money: numeric",
        "boolean: integer",
        "\"char\": integer",
        "bit: integer, bigint, bit varying",
        "bit varying: bit",
        "oid: integer, bigint, " + REG,
        "regproc: integer, bigint, oid, regprocedure",
        "regprocedure: integer, bigint, oid, regproc",
        "regoper: integer, bigint, oid, regoperator",
        "regoperator: integer, bigint, oid, regoper",
        "regclass: integer, bigint, oid",
        "regtype: integer, bigint, oid",
        "regconfig: integer, bigint, oid",
        "regdictionary: integer, bigint, oid",
        "regnamespace: integer, bigint, oid",
        "regrole: integer, bigint, oid",
        "regcollation: integer, bigint, oid",
        "date: timestamp without time zone, timestamp with time zone",
        "timestamp without time zone: date, time without time zone, timestamp with time zone",
        "timestamp with time zone: date, time without time zone, time with time zone, timestamp without time zone",
        "time without time zone: interval, time with time zone",
        "time with time zone: time without time zone",
        "interval: time without time zone",
        "inet: cidr",
        "cidr: inet",
        "macaddr: macaddr8",
        "macaddr8: macaddr",
        "json: jsonb",
        "jsonb: json, smallint, integer, bigint, real, double precision, numeric, boolean",
        "box: circle, lseg, point, polygon",
        "circle: box, point, polygon",
        "lseg: point",
        "path: polygon",
        "point: box",
        "polygon: box, circle, path, point",
        "xid8: xid",
        "int4range: int4multirange",
        "int8range: int8multirange",
        "numrange: nummultirange",
        "daterange: datemultirange",
        "tsrange: tsmultirange",
        "tstzrange: tstzmultirange"));

    private static Map<String, Set<String>> table(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            out.put(line.substring(0, colon), Set.of(line.substring(colon + 1).trim().split("\\s*,\\s*")));
        }
        return out;
    }

    /**
     * Whether {@code value::to} is accepted for a value of type {@code from}, both built in (arrays of built-in
     * types included).
     */
    static boolean exists(DataType from, DataType to) {
        if (from.array() && to.array()) {
            return exists(from.elementType(), to.elementType()); // arrays convert element by element
        }
        if (from.array() != to.array()) {
            return !from.array() && isString(from) || !to.array() && isString(to); // through text only
        }
        String x = base(from.name());
        String y = base(to.name());
        return x.equals(y) || isString(from) || isString(to) || CASTS.getOrDefault(x, Set.of()).contains(y);
    }

    private static boolean isString(DataType t) {
        return STRINGS.contains(t.name());
    }

    /** The name pg_cast knows a type by: intervals without their fields, bit without its quotes. */
    private static String base(String name) {
        if (name.startsWith("interval")) {
            return "interval";
        }
        return name.equals("\"bit\"") ? "bit" : name;
    }
}
