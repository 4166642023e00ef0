/**
 * Renames a migration begins with: rename hints and {@code --rename} flags resolved against two schemas into a
 * {@link io.schemadiff.model.RenameSet} (the statements, and the source schema read again with them replayed), with
 * errors and warnings at the hint's or the flag's place.
 */
package io.schemadiff.parser.rename;
