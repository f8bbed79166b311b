package dev.refflow.engine;

import dev.refflow.api.InvalidRequestException;
import dev.refflow.api.ReportFormat;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Fingerprints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baseline keeps accepting a finding through edits that do not touch it, and stops when the flagged code
 * itself changes or moves to another member.
 */
class BaselineTest {
    private static final String SERVICE = """
            package shop;

                        import java.util.List;

            class Service {
                private static final List<String> AUDIT = new ArrayList<>();

                void record(String event) {
                    AUDIT.add(event);
                }

                void afterImport() {
                    System.gc();
                }

                int unrelated(int x) {
                    return x + 1;
                }
            }
            """;

    @TempDir
    Path dir;
    private Path file;
    private Path baseline;

    @BeforeEach
    void writeBaseline() throws IOException {
        file = dir.resolve("src/shop/Service.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SERVICE);
        baseline = dir.resolve("refflow-baseline.json");
        AnalysisResult first = analyse(null);
        assertEquals(Set.of("UnboundedCollection", "ExplicitGcCall"), rules(first.findings()));
        Baseline.write(baseline, first.findings());
    }

    private AnalysisResult analyse(Path baselineFile) {
        return new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src")).threads(1)
                .baselineFile(baselineFile).outputDirectory(dir.resolve("out")).build());
    }

    private static Set<String> rules(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.ruleId()));
        return out;
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private void assertAllBaselined() {
        AnalysisResult r = analyse(baseline);
        assertEquals(List.of(), r.findings(), "nothing is new");
        assertEquals(2, r.baseline().baselined().size());
        assertEquals(List.of(), r.baseline().fixed());
    }

    @Test
    void theBaselineFileIsReadableAndSorted() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(baseline.toFile());
        assertEquals(1, doc.get("refflowBaseline").asInt());
        JsonNode gc = doc.get("findings").get(1);
        assertEquals("ExplicitGcCall", gc.get("ruleId").asText());
        assertEquals("src/shop/Service.java", gc.get("file").asText());
        assertEquals("shop.Service", gc.get("type").asText());
        assertEquals("afterImport()", gc.get("member").asText());
        assertEquals("System.gc()", gc.get("statement").asText());
        assertEquals(32, gc.get("fingerprint").asText().length());
    }

    @Test
    void insertingLinesAboveKeepsFindingsBaselined() throws IOException {
        edit("class Service {", "// a comment\n// and another\n\nclass Service {\n    int counter;\n");
        assertAllBaselined();
    }

    @Test
    void reformattingKeepsFindingsBaselined() throws IOException {
        edit("System.gc();", "System\n            .gc( );");
        edit("AUDIT.add(event);", "AUDIT . add ( event ) ;");
        assertAllBaselined();
    }

    @Test
    void renamingAnUnrelatedMethodKeepsFindingsBaselined() throws IOException {
        edit("int unrelated(int x)", "int plusOne(int x)");
        assertAllBaselined();
    }

    @Test
    void changingTheFlaggedStatementMakesItNew() throws IOException {
        edit("System.gc();", "Runtime.getRuntime().gc();");
        AnalysisResult r = analyse(baseline);
        assertEquals(List.of("ExplicitGcCall"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(1, r.baseline().baselined().size());
        assertEquals(List.of("ExplicitGcCall"), r.baseline().fixed().stream().map(Baseline.Entry::ruleId).toList());
    }

    @Test
    void movingItToAnotherMemberMakesItNew() throws IOException {
        edit("    void afterImport() {\n        System.gc();\n    }\n", "    void afterImport() {\n    }\n\n"
                + "    void afterExport() {\n        System.gc();\n    }\n");
        AnalysisResult r = analyse(baseline);
        assertEquals(1, r.findings().size());
        assertEquals("afterExport()", r.findings().get(0).member());
        assertEquals(1, r.baseline().fixed().size());
    }

    @Test
    void anEntryWrittenBeforeItsRuleWasRenamedStillMatches() throws IOException {
        // UnboundedCollection was UnboundedStaticCollection: an old baseline has that ID in its entry and fingerprint
        Finding growing = analyse(null).findings().stream().filter(f -> f.ruleId().equals("UnboundedCollection"))
                .findFirst().orElseThrow();
        String text = Files.readString(baseline);
        assertTrue(text.contains(growing.fingerprint()), "the baseline has the entry");
        Files.writeString(baseline, text.replace(growing.fingerprint(),
                        Fingerprints.of(growing, "UnboundedStaticCollection"))
                .replace("\"UnboundedCollection\"", "\"UnboundedStaticCollection\""));
        assertTrue(!Files.readString(baseline).contains(growing.fingerprint()));
        assertAllBaselined();
    }

    @Test
    void aRenamedRulesFormerIdStillConfiguresIt() {
        AnalysisResult off = new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src"))
                .threads(1).rule("UnboundedStaticCollection", "off").outputDirectory(dir.resolve("out")).build());
        assertEquals(Set.of("ExplicitGcCall"), rules(off.findings()));
    }

    @Test
    void aSecondIdenticalStatementIsNotExcusedByTheFirst() throws IOException {
        edit("    void record(String event) {\n        AUDIT.add(event);\n    }\n",
                "    void record(String event) {\n        AUDIT.add(event);\n    }\n\n"
                        + "    void afterExport() {\n        System.gc();\n    }\n");
        AnalysisResult r = analyse(baseline);
        assertEquals(List.of("afterExport()"), r.findings().stream().map(Finding::member).toList());
        edit("    void afterExport() {\n        System.gc();\n    }\n", "");
        edit("    void afterImport() {\n        System.gc();\n", "    void afterImport() {\n        System.gc();\n"
                + "        System.gc();\n");
        // the rule reports a method once, so the same count stays accepted
        assertEquals(List.of(), analyse(baseline).findings());
    }

    @Test
    void sarifFingerprintsAreTheBaselines() throws IOException {
        AnalysisResult r = analyse(baseline);
        JsonNode sarif = new ObjectMapper().readTree(r.reports().get(ReportFormat.SARIF).toFile());
        Set<String> inSarif = new TreeSet<>();
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            inSarif.add(result.get("partialFingerprints").get("refflow/v1").asText());
            assertEquals("unchanged", result.get("baselineState").asText());
        }
        Set<String> inBaseline = new TreeSet<>();
        for (JsonNode entry : new ObjectMapper().readTree(baseline.toFile()).get("findings")) {
            inBaseline.add(entry.get("fingerprint").asText());
        }
        assertEquals(inBaseline, inSarif);
    }

    @Test
    void theReportShowsBaselinedAndFixed() throws IOException {
        edit("System.gc();", "Runtime.getRuntime().gc();");
        AnalysisResult r = analyse(baseline);
        String html = Files.readString(r.reports().get(ReportFormat.HTML));
        assertTrue(html.contains("1 baselined findings"), "baselined count");
        assertTrue(html.contains("1 baseline entries match nothing any more (fixed)"), "fixed entries");
        assertTrue(html.contains("<span class=\"badge baselined\">baselined</span>"));
    }

    @Test
    void anUnreadableBaselineIsAnErrorNamingIt() throws IOException {
        Files.writeString(baseline, "{ not json");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> analyse(baseline));
        assertEquals("baselineFile", e.parameter());
        assertTrue(e.getMessage().contains(baseline.toString()) && e.getMessage().contains("not a RefFlow baseline"),
                e.getMessage());
        Files.writeString(baseline, "{\"findings\": []}");
        e = assertThrows(InvalidRequestException.class, () -> analyse(baseline));
        assertTrue(e.getMessage().contains("format 1"), e.getMessage());
    }

    @Test
    void aMissingBaselineMeansNoBaseline() throws IOException {
        Files.delete(baseline);
        AnalysisResult r = analyse(baseline);
        assertEquals(2, r.findings().size());
        assertTrue(!r.baseline().applied());
    }
}
