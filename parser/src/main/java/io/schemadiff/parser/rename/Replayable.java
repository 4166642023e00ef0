package io.schemadiff.parser.rename;

import io.schemadiff.model.Catalog;
import io.schemadiff.parser.interp.RenameHint;
import io.schemadiff.parser.source.Warning;
import io.schemadiff.parser.source.Source;
import java.util.List;

/**
 * A schema as read, for resolving renames: its catalog, its rename hints, and a way to read it again with more
 * after it (the renames, replayed to see the schema under its new names). The reader's result is one.
 */
public interface Replayable {
    Catalog catalog();

    /** What reading reported; a replay's warnings include those of the replayed text. */
    List<Warning> warnings();

    /** The schema's rename hints, each tied to the object defined on its line. */
    List<RenameHint> hints();

    /** The same sources read again, with the same options, and {@code more} replayed after them. */
    Replayable readWith(Source more);
}
