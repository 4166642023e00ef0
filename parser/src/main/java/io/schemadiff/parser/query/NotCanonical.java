package io.schemadiff.parser.query;

import io.schemadiff.parser.source.InputError;
import io.schemadiff.parser.source.Source;

/**
 * A query the server takes in a form the tool has no canonical form for yet: it can only be compared as
 * written. Not an error in the query; {@code reason} names the form, at its place.
 */
public final class NotCanonical extends InputError {
    private static final long serialVersionUID = 1L;

    public NotCanonical(Source source, int offset, String reason) {
        super(source, offset, reason);
    }
}
