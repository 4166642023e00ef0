package io.schemadiff.model;

import java.util.Optional;

/** A top-level object of a catalog. Columns and constraints belong to their table. */
public sealed interface SchemaObject permits Schema, Extension, Collation, EnumType, Domain, CompositeType, RangeType, Sequence, Table, Index, View, Function, Aggregate,
    EventTrigger, Publication, Cast, Operator, Statistics,
    Trigger, Policy {
    ObjectId id();

    Optional<String> comment();
}
