/**
 * The differ by kind: one file per object kind ({@code TableKind}, {@code ViewKind}, …) that compares two of its
 * objects, creates, drops and alters one, and names it in SQL; {@link io.schemadiff.differ.kind.Kinds} runs the one
 * loop they share. Uses the plan below it, never the root package above it.
 */
package io.schemadiff.differ.kind;
