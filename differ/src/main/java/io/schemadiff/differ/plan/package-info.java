/** Ordering: re-creating what a change takes along, then one topological sort over all steps. */
package io.schemadiff.differ.plan;
