package io.schemadiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** docs/schemadiff-report.schema.json, for the tests that check a report against it. */
public final class ReportSchema {
    private static JsonSchema schema;

    private ReportSchema() {}

    static synchronized JsonSchema get() {
        if (schema == null) {
            Path file = Path.of(System.getProperty("testdata.dir", "../testdata")).resolveSibling("docs")
                .resolve("schemadiff-report.schema.json");
            try (InputStream in = Files.newInputStream(file)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return schema;
    }

    /** Fails with every violation when {@code json} does not fit the schema. */
    public static void check(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            Set<ValidationMessage> errors = get().validate(node);
            assertEquals(Set.of(), errors, "the report does not fit docs/schemadiff-report.schema.json:\n" + json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
