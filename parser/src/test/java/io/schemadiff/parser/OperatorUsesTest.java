package io.schemadiff.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.schemadiff.model.Catalog;
import io.schemadiff.model.ObjectId;
import io.schemadiff.model.ObjectKind;
import io.schemadiff.model.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions record the user-defined operators they apply, and only those. */
class OperatorUsesTest {

    @Test
    void aCheckDependsOnTheOperatorItApplies() {
        SchemaReader.Result r = SchemaReader.read("s.sql", """
            CREATE FUNCTION f(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a = b $$;
            CREATE OPERATOR === (FUNCTION = f, LEFTARG = int, RIGHTARG = int);
            CREATE TABLE t (a int CHECK (a > 0), b int CONSTRAINT same CHECK (a === b));
            CREATE SCHEMA gone;
            CREATE OPERATOR gone.<<< (FUNCTION = f, LEFTARG = int, RIGHTARG = int);
            DROP SCHEMA gone CASCADE;
            CREATE TABLE u (a int CHECK (a <<< 1));
            """);
        assertEquals(List.of(), r.warnings());
        Catalog c = r.catalog();
        ObjectId op = new ObjectId(ObjectKind.OPERATOR, "public", "===", "(integer, integer)");
        QualifiedName t = new QualifiedName("public", "t");
        assertTrue(c.dependencies(ObjectId.constraint(t, "same")).contains(op));
        assertFalse(c.dependencies(ObjectId.constraint(t, "t_a_check")).contains(op));
        // an operator gone with its schema is no longer a dependency
        assertTrue(c.dependencies(ObjectId.constraint(new QualifiedName("public", "u"), "u_a_check")).stream()
            .noneMatch(d -> d.kind() == ObjectKind.OPERATOR));
    }
}
