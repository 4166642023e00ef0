/**
 * The reading half of the library: SQL sources in, a normalized catalog out ({@link io.schemadiff.parser.SchemaReader}).
 * This package is the facade: it uses its subpackages, none of them uses it. From the bottom: {@code source}
 * (sources, positions, errors and warnings), {@code lex} (tokens, statements, the token cursor), {@code expr}
 * (expressions and type names), {@code ddl} (the statement grammar), {@code locks} (what a migration's statements
 * lock) and {@code interp} (the replay into a catalog).
 */
package io.schemadiff.parser;
