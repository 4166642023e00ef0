/**
 * The diffing half of the library: two catalogs in, an ordered plan out ({@link io.schemadiff.differ.Differ}). The
 * facade: the planner on top of the per-kind diffs ({@code kind}) and the plan ({@code plan}) below them.
 */
package io.schemadiff.differ;
