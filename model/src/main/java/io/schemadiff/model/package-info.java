/** Immutable, normalized PostgreSQL schema objects. */
package io.schemadiff.model;
