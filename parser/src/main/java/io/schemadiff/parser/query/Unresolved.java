package io.schemadiff.parser.query;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;

/** A relation or column a query names that the server would not find: an error in the query, at its place. */
public final class Unresolved extends InputError {
    private static final long serialVersionUID = 1L;

    public Unresolved(Source source, int offset, String reason) {
        super(source, offset, reason);
    }
}
