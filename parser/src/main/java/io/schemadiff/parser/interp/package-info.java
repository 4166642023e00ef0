/** The interpreter that replays statements into a catalog the way the server would, names resolved through the search path. */
package io.schemadiff.parser.interp;
