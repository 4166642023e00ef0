/** The schemadiff command: picocli commands, output formats, exit codes. */
package io.schemadiff.cli;
