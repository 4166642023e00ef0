/** Where SQL comes from: files, folders, standard input, files at a git revision; and positions in them. */
package io.schemadiff.parser.source;
