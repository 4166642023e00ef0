package io.schemadiff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator is the benchmark's input: it must be deterministic and write well-formed schemas. */
class GenerateTest {

    @Test
    void sameSeedGivesTheSameBytes() {
        assertEquals(Generate.render(300, 7, 3.0, true), Generate.render(300, 7, 3.0, true));
    }

    @Test
    void otherSeedAndVersionTwoDiffer() {
        Map<String, String> a = Generate.render(300, 7, 3.0, false);
        Map<String, String> b = Generate.render(300, 8, 3.0, false);
        assertNotEquals(a.get("v1.sql"), b.get("v1.sql"));
        assertNotEquals(a.get("v1.sql"), a.get("v2.sql"));
        assertTrue(a.get("summary.txt").contains("drop_table "), a.get("summary.txt"));
        assertTrue(a.get("summary.txt").contains("new_table "), a.get("summary.txt"));
    }

    @Test
    void bothRenderingsHoldTheSameTables() {
        Map<String, String> f = Generate.render(500, 42, 3.0, true);
        for (String v : new String[] {"v1", "v2"}) {
            assertEquals(count(f.get(v + ".sql"), "(?m)^create table "), count(f.get(v + ".pgdump.sql"),
                "(?m)^CREATE TABLE "), v);
            assertEquals(count(f.get(v + ".sql"), "(?m)^create view "), count(f.get(v + ".pgdump.sql"),
                "(?m)^CREATE VIEW "), v);
        }
    }

    @Test
    void noTableHasAColumnTwice() {
        Map<String, String> f = Generate.render(1000, 42, 3.0, false);
        for (String v : new String[] {"v1.sql", "v2.sql"}) {
            Matcher table = Pattern.compile("(?ms)^create table (\\S+) \\((.*?)\\n\\);").matcher(f.get(v));
            int tables = 0;
            while (table.find()) {
                tables++;
                Set<String> seen = new HashSet<>();
                for (String line : table.group(2).split(",\\n")) {
                    String name = line.trim().split(" ")[0];
                    if (!name.equals("constraint") && !name.equals("unique")) {
                        assertTrue(seen.add(name), table.group(1) + "." + name + " twice in " + v);
                    }
                }
            }
            assertTrue(tables >= 1000, v + ": " + tables);
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
