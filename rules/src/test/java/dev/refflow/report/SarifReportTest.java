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
import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.Module;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Fingerprints;
import dev.refflow.rules.TraceStep;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        JsonNode run = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF)).get("runs").get(0);
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

    /** Each code-flow step names the file it is in: a step inside a helper in another file points there. */
    @Test
    void everyCodeFlowStepNamesItsOwnFileAndLine(@TempDir Path out) throws Exception {
        AnalysisResult result = TestProjects.analyse("summaries", out);
        JsonNode log = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF));
        JsonNode run = log.get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(result.findings().size(), results.size());
        int elsewhere = 0;
        for (int i = 0; i < results.size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode steps = results.get(i).get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
            assertEquals(f.trace().size(), steps.size());
            for (int k = 0; k < steps.size(); k++) {
                TraceStep s = f.trace().get(k);
                JsonNode physical = steps.get(k).get("location").get("physicalLocation");
                Path named = SarifChecks.file(run, physical.get("artifactLocation"));
                assertEquals(s.file() == null ? f.file().path() : s.file().path(), named, s.toString());
                assertEquals(s.line(), physical.get("region").get("startLine").asInt(), s.toString());
                if (!named.equals(f.file().path())) {
                    elsewhere++;
                }
            }
        }
        assertTrue(elsewhere > 0, "no step in another file than its finding's: the case does not test anything");

        // the 1,000,000 adds happen in Lists.grow's loop, in util/Lists.java, not in Service.java
        JsonNode big = null;
        for (JsonNode r : results) {
            if (r.get("ruleId").asText().equals("LargeAllocationReturned")) {
                big = r;
            }
        }
        assertTrue(big != null, results.toPrettyString());
        assertEquals("src/app/Service.java", big.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        List<String> lists = Files.readAllLines(TestProjects.project("summaries").resolve("src/app/util/Lists.java"));
        int addLine = lists.indexOf("            out.add(i);") + 1;
        assertTrue(addLine > 0);
        boolean found = false;
        for (JsonNode step : big.get("codeFlows").get(0).get("threadFlows").get(0).get("locations")) {
            JsonNode physical = step.get("location").get("physicalLocation");
            if (physical.get("artifactLocation").get("uri").asText().equals("src/app/util/Lists.java")) {
                int from = physical.get("region").get("startLine").asInt();
                int to = physical.get("region").path("endLine").asInt(from);
                found |= from <= addLine && addLine <= to;
                String text = step.get("location").get("message").get("text").asText();
                assertTrue(text.startsWith("src/app/util/Lists.java:"), step.toPrettyString());
            }
        }
        assertTrue(found, big.toPrettyString());
    }

    /**
     * Every run says what it analysed in {@code automationDetails.id}, so that the reports of the modules of one
     * build, and the aggregate beside them, can be uploaded together: code scanning rejects two runs of one
     * category in an upload, and takes the category from the ID up to its last '/'.
     */
    @Test
    void eachRunIsNamedForItsProjectSoModulesAndTheAggregateUploadTogether(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("shop");
        write(root.resolve("api/src/main/java/shop/Api.java"), "package shop; class Api { void f() { System.gc(); } }");
        write(root.resolve("web/src/main/java/shop/Web.java"), "package shop; class Web { void f() { System.gc(); } }");
        write(root.resolve("src/main/java/shop/Root.java"), "package shop; class Root { void f() { System.gc(); } }");
        JsonNode api = sarif(root.resolve("api"), "api", List.of(), List.of(root.resolve("api/src/main/java")),
                dir.resolve("out-api"));
        JsonNode web = sarif(root.resolve("web"), "web", List.of(), List.of(root.resolve("web/src/main/java")),
                dir.resolve("out-web"));
        JsonNode own = sarif(root, "shop", List.of(), List.of(root.resolve("src/main/java")), dir.resolve("out-shop"));
        JsonNode aggregate = sarif(root, "shop", List.of(new Module("shop", ""), new Module("api", "api"),
                        new Module("web", "web")),
                List.of(root.resolve("src/main/java"), root.resolve("api/src/main/java"),
                        root.resolve("web/src/main/java")), dir.resolve("out-aggregate"));

        assertEquals("refflow/api/", api.get("runs").get(0).get("automationDetails").get("id").asText());
        assertEquals("refflow/web/", web.get("runs").get(0).get("automationDetails").get("id").asText());
        assertEquals("refflow/shop/", own.get("runs").get(0).get("automationDetails").get("id").asText());
        // the aggregate is one run over the whole reactor: one project-wide model, the module of each result in
        // its properties
        assertEquals(1, aggregate.get("runs").size());
        JsonNode run = aggregate.get("runs").get(0);
        assertEquals("refflow/shop/aggregate/", run.get("automationDetails").get("id").asText());
        assertEquals(3, run.get("results").size());
        assertEquals("api", run.get("results").get(0).get("properties").get("module").asText());
        SarifChecks.assertUploadableTogether(List.of(api, web, own, aggregate));
    }

    private static JsonNode sarif(Path base, String name, List<Module> modules, List<Path> roots, Path out) {
        AnalysisResult r = new RefFlowEngine().analyze(AnalysisRequest.builder(base).sourceRoots(roots)
                .modules(modules).projectName(name).formats(Set.of(ReportFormat.SARIF)).outputDirectory(out)
                .build());
        return SarifChecks.assertIngestible(r.reports().get(ReportFormat.SARIF));
    }

    static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
