package io.schemadiff.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EquivalenceTest {
    @Test
    void aReReadInListIsTheSame() {
        String first = "CHECK (status::text = ANY (ARRAY['draft'::character varying, 'it''s'::character varying]::text[]))";
        String reread = "CHECK (status::text = ANY (ARRAY['draft'::character varying::text, "
            + "'it''s'::character varying::text]))";
        assertEquals(Equivalence.canonical(reread), Equivalence.canonical(first));
        assertEquals(reread, Equivalence.canonical(first));
    }

    @Test
    void otherArraysAreLeftAlone() {
        String a = "CHECK (x = ANY (ARRAY[1, 2]))";
        assertEquals(a, Equivalence.canonical(a));
        String b = "CHECK ((s)::text = ANY (ARRAY[lower(t), 'a'::character varying]::text[]))";
        assertEquals(b, Equivalence.canonical(b));
        String c = "CHECK (s = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])) AND "
            + "t = ANY (ARRAY['x'::varchar(3)]::text[])";
        assertEquals("CHECK (s = ANY (ARRAY['a'::character varying::text, 'b'::character varying::text])) AND "
            + "t = ANY (ARRAY['x'::varchar(3)::text])", Equivalence.canonical(c));
    }
}
