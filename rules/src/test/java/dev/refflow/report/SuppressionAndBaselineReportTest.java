package dev.refflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.api.ReportFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppressed and baselined findings in the HTML and SARIF reports. */
class SuppressionAndBaselineReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AnalysisResult analyse(Path out, Path baseline) {
        Path dir = TestProjects.project("suppressed");
        return new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src"))
                .outputDirectory(out).projectName("suppressed").baselineFile(baseline).build());
    }

    @Test
    void suppressedFindingsAreCountedListedWithTheirJustificationAndMarkedInSarif(@TempDir Path out) throws Exception {
        AnalysisResult r = analyse(out, null);
        assertEquals(List.of("UnboundedCollection", "UnusedSuppression"),
                r.findings().stream().map(f -> f.ruleId()).toList());
        assertEquals(1, r.suppressed().size());

        Document html = Jsoup.parse(r.reports().get(ReportFormat.HTML).toFile());
        assertTrue(html.select(".totals").text().contains("1suppressed"), html.select(".totals").text());
        String suppressedSection = html.select("#suppressed + section").text();
        assertTrue(suppressedSection.contains("ExplicitGcCall") && suppressedSection.contains(
                "justification: measured: halves the next pause <script>"), suppressedSection);
        assertTrue(html.select("#suppressed + section script").isEmpty(), "the justification is escaped");

        JsonNode results = JSON.readTree(r.reports().get(ReportFormat.SARIF).toFile()).get("runs").get(0)
                .get("results");
        assertEquals(3, results.size());
        JsonNode suppressed = results.get(2);
        assertEquals("ExplicitGcCall", suppressed.get("ruleId").asText());
        assertEquals("inSource", suppressed.get("suppressions").get(0).get("kind").asText());
        assertEquals("measured: halves the next pause <script>",
                suppressed.get("suppressions").get(0).get("justification").asText());
    }

    @Test
    void withABaselineTheSarifSaysNewOrUnchangedAndStaysValid(@TempDir Path out) throws Exception {
        AnalysisResult first = analyse(out.resolve("first"), null);
        Path baseline = out.resolve("refflow-baseline.json");
        Baseline.write(baseline, first.findings().subList(0, 1));
        AnalysisResult r = analyse(out.resolve("second"), baseline);
        assertEquals(List.of("UnusedSuppression"), r.findings().stream().map(f -> f.ruleId()).toList());
        JsonNode sarif = JSON.readTree(r.reports().get(ReportFormat.SARIF).toFile());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertEquals("unchanged", results.get(0).get("baselineState").asText());
        assertEquals("new", results.get(1).get("baselineState").asText());

        Optional<Path> schemaFile = TestProjects.sharedData().map(d -> d.resolve("sarif-schema-2.1.0.json"))
                .filter(Files::exists);
        Assumptions.assumeTrue(schemaFile.isPresent(), "the SARIF schema file is absent");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), "SARIF schema violations: " + errors);
    }

    @Test
    void withEverythingBaselinedTheReportSaysHowManyAndThatNoneIsNew(@TempDir Path out) throws Exception {
        AnalysisResult first = analyse(out.resolve("first"), null);
        Path baseline = out.resolve("refflow-baseline.json");
        Baseline.write(baseline, first.findings());
        AnalysisResult r = analyse(out.resolve("second"), baseline);
        assertTrue(r.findings().isEmpty());
        String html = Files.readString(r.reports().get(ReportFormat.HTML));
        assertTrue(html.contains(first.findings().size() + " baselined findings, none new"), html);
        assertTrue(!html.contains("No findings: nothing in these sources keeps memory alive"));
    }
}
