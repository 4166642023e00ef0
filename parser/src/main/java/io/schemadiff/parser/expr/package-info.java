/** Expressions and type names: parsing, and the canonical form comparisons use. */
package io.schemadiff.parser.expr;
