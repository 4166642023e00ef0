/**
 * The plan and what knows nothing of any kind: a step and its hazards, the plan, the one topological sort over all
 * steps ({@link io.schemadiff.differ.plan.Ordering}) and the SQL script written from it. The bottom layer: it uses
 * the model only.
 */
package io.schemadiff.differ.plan;
