package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema file describes the reports, and is strict enough to catch one that drifts from it. */
class ReportSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aReportFitsAndAChangedOneDoesNot() throws Exception {
        Path a = Files.writeString(dir.resolve("a.sql"), "create table t (id int, x text);");
        Path b = Files.writeString(dir.resolve("b.sql"), "create table t (id bigint);");
        String json = CliTest.run("diff", "-f", "json", a.toString(), b.toString()).out();
        ObjectMapper m = new ObjectMapper();
        assertTrue(ReportSchema.get().validate(m.readTree(json)).isEmpty());

        ObjectNode extra = (ObjectNode) m.readTree(json);
        extra.put("surprise", 1);
        assertFalse(ReportSchema.get().validate(extra).isEmpty(), "an unknown field");
        ObjectNode status = (ObjectNode) m.readTree(json);
        status.put("status", "maybe");
        assertFalse(ReportSchema.get().validate(status).isEmpty(), "an unknown status");
        ObjectNode hazard = (ObjectNode) m.readTree(json);
        ((ArrayNode) hazard.get("changes").get(0).get("hazards")).add("SLOW");
        assertFalse(ReportSchema.get().validate(hazard).isEmpty(), "an undocumented hazard code");
        ObjectNode missing = (ObjectNode) m.readTree(json);
        ((ObjectNode) missing.get("changes").get(0)).remove("refused");
        assertFalse(ReportSchema.get().validate(missing).isEmpty(), "a field gone");
    }

    @Test
    void everyHazardCodeIsInTheSchema() throws Exception {
        String schema = Files.readString(Path.of(System.getProperty("testdata.dir", "../testdata"))
            .resolveSibling("docs").resolve("schemadiff-report.schema.json"));
        for (Note.Code c : Note.Code.values()) {
            assertTrue(schema.contains("\"" + c.name() + "\""), c + " is not in the schema");
        }
    }
}
