/** The DDL grammar: statements to parsed records, names not yet resolved. */
package io.schemadiff.parser.ddl;
