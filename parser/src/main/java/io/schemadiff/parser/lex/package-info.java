/**
 * PostgreSQL's lexer (after scan.l), psql's statement splitting, the {@link io.schemadiff.parser.lex.TokenCursor}
 * every parser walks a statement's tokens with, and the reader's {@link io.schemadiff.parser.lex.Limits}.
 */
package io.schemadiff.parser.lex;
