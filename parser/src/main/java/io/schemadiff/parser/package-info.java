/** The reading half of the library: SQL sources in, a normalized catalog out ({@link io.schemadiff.parser.SchemaReader}). */
package io.schemadiff.parser;
