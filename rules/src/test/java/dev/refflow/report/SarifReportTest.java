package dev.refflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.rules.Fingerprints;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validatesAgainstTheSarif210Schema(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("mixed", out);
        Path sarif = result.reports().get(ReportFormat.SARIF);
        Optional<Path> schemaFile = TestProjects.sharedData().map(d -> d.resolve("sarif-schema-2.1.0.json"))
                .filter(Files::exists);
        if (schemaFile.isEmpty()) {
            System.out.println("SKIPPED: ../shared/data/sarif-schema-2.1.0.json is absent; SARIF not validated");
        }
        Assumptions.assumeTrue(schemaFile.isPresent(), "the SARIF schema file is absent");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif.toFile()));
        assertTrue(errors.isEmpty(), "SARIF schema violations: " + errors);
    }

    @Test
    void carriesRulesResultsFlowsFingerprintsAndProblems(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("mixed", out);
        JsonNode run = JSON.readTree(result.reports().get(ReportFormat.SARIF).toFile()).get("runs").get(0);
        assertEquals("2.1.0", JSON.readTree(result.reports().get(ReportFormat.SARIF).toFile()).get("version").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertTrue(rules.size() >= 3);
        for (JsonNode rule : rules) {
            assertFalse(rule.get("shortDescription").get("text").asText().isBlank());
            assertFalse(rule.get("fullDescription").get("text").asText().isBlank());
            assertTrue(rule.get("help").get("markdown").asText().contains("## Bad"));
            assertTrue(Set.of("error", "warning", "note").contains(rule.get("defaultConfiguration").get("level").asText()));
        }
        JsonNode results = run.get("results");
        assertEquals(2, results.size(), results.toPrettyString());
        JsonNode cycle = results.get(0);
        assertEquals("CyclicReference", cycle.get("ruleId").asText());
        assertEquals("warning", cycle.get("level").asText());
        JsonNode location = cycle.get("locations").get(0).get("physicalLocation");
        assertEquals("src/app/Good.java", location.get("artifactLocation").get("uri").asText());
        assertEquals(9, location.get("region").get("startLine").asInt());
        assertEquals(9, location.get("region").get("startColumn").asInt());
        JsonNode steps = cycle.get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
        assertTrue(steps.size() >= 3, steps.toPrettyString());
        assertEquals(Fingerprints.of(result.findings().get(0)),
                cycle.get("partialFingerprints").get(Fingerprints.KEY).asText());
        JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        assertEquals("src/app/Broken.java", notifications.get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
    }
}
