package io.schemadiff.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A table constraint (pg_constraint), named as the server names it. */
public sealed interface Constraint
    permits Constraint.PrimaryKey, Constraint.Unique, Constraint.ForeignKey, Constraint.Check, Constraint.Exclude {

    String name();

    Optional<String> comment();

    Constraint withComment(Optional<String> c);

    /** {@code DEFERRABLE} / {@code INITIALLY DEFERRED}. */
    enum Deferrability {
        NOT_DEFERRABLE(""),
        DEFERRABLE(" DEFERRABLE"),
        DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

        private final String sql;

        Deferrability(String sql) {
            this.sql = sql;
        }

        /** The clause as pg_get_constraintdef() prints it, with a leading space; empty for the default. */
        public String sql() {
            return sql;
        }
    }

    /**
     * {@code EXCLUDE USING method (key WITH operator, …) [INCLUDE (…)] [WHERE (…)]}: {@code operators} pairs with
     * {@code keys}, each as the server prints it ({@code =}, {@code &&}, {@code public.~~}).
     */
    record Exclude(String name, String method, List<Index.Key> keys, List<String> operators, List<String> include,
                   Optional<Expression> where, Deferrability deferrability, Optional<String> comment)
        implements Constraint {
        public Exclude {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(method, "method");
            keys = List.copyOf(keys);
            operators = List.copyOf(operators);
            include = List.copyOf(include);
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(deferrability, "deferrability");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public Exclude withComment(Optional<String> c) {
            return new Exclude(name, method, keys, operators, include, where, deferrability, c);
        }

        public Exclude withName(String n) {
            return new Exclude(n, method, keys, operators, include, where, deferrability, comment);
        }
    }

    /** @param withoutOverlaps the last column is {@code WITHOUT OVERLAPS} (PostgreSQL 18 temporal keys) */
    record PrimaryKey(String name, List<String> columns, List<String> include, Deferrability deferrability,
                      boolean withoutOverlaps, Optional<String> comment) implements Constraint {
        public PrimaryKey(String name, List<String> columns, List<String> include, Deferrability deferrability,
                          Optional<String> comment) {
            this(name, columns, include, deferrability, false, comment);
        }

        public PrimaryKey {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            include = List.copyOf(include);
            Objects.requireNonNull(deferrability, "deferrability");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public PrimaryKey withComment(Optional<String> c) {
            return new PrimaryKey(name, columns, include, deferrability, withoutOverlaps, c);
        }
    }

    /** @param withoutOverlaps the last column is {@code WITHOUT OVERLAPS} (PostgreSQL 18 temporal keys) */
    record Unique(String name, List<String> columns, List<String> include, boolean nullsNotDistinct,
                  Deferrability deferrability, boolean withoutOverlaps, Optional<String> comment) implements Constraint {
        public Unique(String name, List<String> columns, List<String> include, boolean nullsNotDistinct,
                      Deferrability deferrability, Optional<String> comment) {
            this(name, columns, include, nullsNotDistinct, deferrability, false, comment);
        }

        public Unique {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            include = List.copyOf(include);
            Objects.requireNonNull(deferrability, "deferrability");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public Unique withComment(Optional<String> c) {
            return new Unique(name, columns, include, nullsNotDistinct, deferrability, withoutOverlaps, c);
        }
    }

    /** {@code FOREIGN KEY … REFERENCES}. */
    record ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                      MatchType match, Action onUpdate, Action onDelete, List<String> onDeleteColumns,
                      Deferrability deferrability, boolean notValid, boolean period, Optional<String> comment,
                      boolean notEnforced)
        implements Constraint {
        /** An enforced key (PostgreSQL 18 can keep one NOT ENFORCED). */
        public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                          MatchType match, Action onUpdate, Action onDelete, List<String> onDeleteColumns,
                          Deferrability deferrability, boolean notValid, boolean period, Optional<String> comment) {
            this(name, columns, referencedTable, referencedColumns, match, onUpdate, onDelete, onDeleteColumns,
                deferrability, notValid, period, comment, false);
        }

        public ForeignKey(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns,
                          MatchType match, Action onUpdate, Action onDelete, List<String> onDeleteColumns,
                          Deferrability deferrability, boolean notValid, Optional<String> comment) {
            this(name, columns, referencedTable, referencedColumns, match, onUpdate, onDelete, onDeleteColumns,
                deferrability, notValid, false, comment);
        }

        public ForeignKey {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            Objects.requireNonNull(referencedTable, "referencedTable");
            referencedColumns = List.copyOf(referencedColumns);
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(onUpdate, "onUpdate");
            Objects.requireNonNull(onDelete, "onDelete");
            onDeleteColumns = List.copyOf(onDeleteColumns);
            Objects.requireNonNull(deferrability, "deferrability");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public ForeignKey withComment(Optional<String> c) {
            return new ForeignKey(name, columns, referencedTable, referencedColumns, match, onUpdate, onDelete, onDeleteColumns, deferrability, notValid, period, c, notEnforced);
        }

        public ForeignKey withReferencedColumns(List<String> cols) {
            return new ForeignKey(name, columns, referencedTable, cols, match, onUpdate, onDelete, onDeleteColumns, deferrability,
                notValid, period, comment, notEnforced);
        }

        public ForeignKey withName(String n) {
            return new ForeignKey(n, columns, referencedTable, referencedColumns, match, onUpdate, onDelete,
                onDeleteColumns, deferrability, notValid, period, comment, notEnforced);
        }

        public ForeignKey withColumns(List<String> cols) {
            return new ForeignKey(name, cols, referencedTable, referencedColumns, match, onUpdate, onDelete,
                onDeleteColumns, deferrability, notValid, period, comment, notEnforced);
        }

        public ForeignKey withReferencedTable(QualifiedName t) {
            return new ForeignKey(name, columns, t, referencedColumns, match, onUpdate, onDelete, onDeleteColumns,
                deferrability, notValid, period, comment, notEnforced);
        }

        public ForeignKey withNotValid(boolean nv) {
            return new ForeignKey(name, columns, referencedTable, referencedColumns, match, onUpdate, onDelete, onDeleteColumns, deferrability, nv, period, comment, notEnforced);
        }

        public enum MatchType { SIMPLE, FULL, PARTIAL }

        /** Referential actions; {@code sql} is what follows ON DELETE / ON UPDATE. */
        public enum Action {
            NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"),
            SET_DEFAULT("SET DEFAULT");

            private final String sql;

            Action(String sql) {
                this.sql = sql;
            }

            public String sql() {
                return sql;
            }
        }
    }

    record Check(String name, Expression expression, boolean noInherit, boolean notValid, Optional<String> comment,
                 boolean notEnforced)
        implements Constraint {
        /** An enforced check (PostgreSQL 18 can keep one NOT ENFORCED). */
        public Check(String name, Expression expression, boolean noInherit, boolean notValid, Optional<String> comment) {
            this(name, expression, noInherit, notValid, comment, false);
        }

        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public Check withComment(Optional<String> c) {
            return new Check(name, expression, noInherit, notValid, c, notEnforced);
        }

        public Check withNotValid(boolean nv) {
            return new Check(name, expression, noInherit, nv, comment, notEnforced);
        }
    }
}
