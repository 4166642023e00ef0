/** The diffing half of the library: two catalogs in, an ordered plan out ({@link io.schemadiff.differ.Differ}). */
package io.schemadiff.differ;
