/**
 * Where SQL comes from: files, folders, standard input, files at a git revision; positions in them, and what is
 * reported at a position: {@link io.schemadiff.parser.source.InputError} (input that cannot be read) and
 * {@link io.schemadiff.parser.source.Warning} (input read that the model does not hold). The lowest layer: it uses
 * no other package of the parser.
 */
package io.schemadiff.parser.source;
