/** PostgreSQL's lexer (after scan.l) and psql's statement splitting. */
package io.schemadiff.parser.lex;
