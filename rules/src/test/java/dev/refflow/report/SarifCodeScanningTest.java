package dev.refflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;
import dev.refflow.api.ReportFormat;
import dev.refflow.model.Suppression;
import dev.refflow.rules.Finding;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.FindingOrder;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleCatalog;
import dev.refflow.rules.SuppressedFinding;
import dev.refflow.rules.TraceStep;
import dev.refflow.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF that GitHub code scanning ingests as it is: its rules beside the schema, on every file RefFlow writes. */
class SarifCodeScanningTest {

    @Test
    void everyTestProjectsSarifFollowsCodeScanningsRules(@TempDir Path out) throws Exception {
        List<String> projects;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/projects"))) {
            projects = dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(projects.size() >= 5, projects.toString());
        for (String name : projects) {
            AnalysisResult result = TestProjects.analyse(name, out.resolve(name));
            JsonNode run = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF)).get("runs").get(0);
            assertEquals("refflow/" + name + "/", run.get("automationDetails").get("id").asText());
        }
    }

    /**
     * Code scanning rejects a run of more than 25,000 results. Beyond that RefFlow keeps the most severe (errors,
     * then warnings, then notes, each in the usual order) and says in a notification how many it left out.
     */
    @Test
    void beyond25000ResultsTheMostSevereAreKeptAndANotificationCountsTheRest(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("big");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 25_010; i++) {
            // errors and warnings spread among the notes, at the end of the order too
            Level level = i % 2_500 == 1_234 ? Level.ERROR : i % 1_000 == 999 ? Level.WARNING : Level.NOTE;
            findings.add(finding(base, i, level));
        }
        findings.sort(FindingOrder.ORDER);
        SuppressedFinding suppressed = new SuppressedFinding(finding(base, 25_010, Level.WARNING),
                new Suppression(3, 1, "@SuppressWarnings(\"refflow\")", false, List.of("refflow"), "", "class C",
                        "big.C", "", 3, 1, 20, 1));
        AnalysisResult result = new AnalysisResult(findings, List.of(), RuleCatalog.descriptors(), 2_502, 50_000,
                Map.of(), List.of(suppressed), Baseline.Outcome.NONE, List.of());
        long errors = findings.stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = findings.stream().filter(f -> f.level() == Level.WARNING).count();
        assertTrue(errors == 10 && warnings == 25, errors + " errors, " + warnings + " warnings");

        Path sarif = dir.resolve("refflow.sarif");
        SarifReportWriter writer = new SarifReportWriter();
        writer.write(result, new ReportWriter.Context("big", base), sarif);
        JsonNode run = SarifChecks.assertIngestible(sarif).get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(25_000, results.size());
        Map<String, Integer> byLevel = new HashMap<>();
        results.forEach(r -> byLevel.merge(r.get("level").asText(), 1, Integer::sum));
        // every error and warning (the suppressed one too), and the notes but the last 11 in the usual order
        assertEquals(Map.of("error", 10, "warning", 26, "note", 24_964), byLevel);
        List<String> keptNotes = new ArrayList<>();
        results.forEach(r -> {
            if (r.get("level").asText().equals("note")) {
                keptNotes.add(r.get("partialFingerprints").get("refflow/v1").asText());
            }
        });
        List<String> notes = findings.stream().filter(f -> f.level() == Level.NOTE).map(Finding::fingerprint).toList();
        assertEquals(notes.subList(0, notes.size() - 11), keptNotes);
        // written in the usual order: file, line, column; the suppressed one after the rest
        assertEquals(findings.get(0).fingerprint(),
                results.get(0).get("partialFingerprints").get("refflow/v1").asText());
        assertFalse(results.get(24_999).path("suppressions").isMissingNode());

        JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertEquals(1, notifications.size(), notifications.toPrettyString());
        JsonNode capped = notifications.get(0);
        assertEquals("warning", capped.get("level").asText());
        String text = capped.get("message").get("text").asText();
        assertTrue(text.contains("11 of 25,011 results") && text.contains("25,000"), text);
        assertTrue(text.contains("11 notes"), text);

        // and the same result gives the same bytes
        Path again = dir.resolve("again.sarif");
        writer.write(result, new ReportWriter.Context("big", base), again);
        assertArrayEquals(Files.readAllBytes(sarif), Files.readAllBytes(again));
    }

    @Test
    void theSameResultWritesTheSameBytes(@TempDir Path out) throws Exception {
        AnalysisResult first = TestProjects.analyse("summaries", out.resolve("a"));
        AnalysisResult second = TestProjects.analyse("summaries", out.resolve("b"));
        assertArrayEquals(Files.readAllBytes(first.reports().get(ReportFormat.SARIF)),
                Files.readAllBytes(second.reports().get(ReportFormat.SARIF)));
    }

    /** A step without a line (a description, not a place) gets no region rather than line 0. */
    @Test
    void noLineNumberBelowOne(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("p");
        Finding f = finding(base, 1, Level.WARNING);
        f = new Finding(f.ruleId(), f.level(), f.file(), f.line(), f.column(), f.message(),
                List.of(new TraceStep(0, 0, "note", "nothing in the project removes it"),
                        new TraceStep(4, 6, "add", "list.add(x) in loop")),
                f.estimatedBytes(), f.enclosingType(), f.member(), f.statement(), f.graph(), null);
        AnalysisResult result = new AnalysisResult(List.of(f), List.of(), RuleCatalog.descriptors(), 1, 10, Map.of());
        Path sarif = dir.resolve("refflow.sarif");
        new SarifReportWriter().write(result, new ReportWriter.Context("p", base), sarif);
        JsonNode steps = SarifChecks.assertIngestible(sarif).get("runs").get(0).get("results").get(0)
                .get("codeFlows").get(0).get("threadFlows").get(0).get("locations");
        assertTrue(steps.get(0).get("location").get("physicalLocation").path("region").isMissingNode());
        JsonNode region = steps.get(1).get("location").get("physicalLocation").get("region");
        assertEquals(4, region.get("startLine").asInt());
        assertEquals(6, region.get("endLine").asInt());
    }

    private static Finding finding(Path base, int i, Level level) {
        String rel = String.format("src/big/F%04d.java", i / 10);
        SourceFile file = new SourceFile(base.resolve(rel), rel);
        int line = 10 + i % 10;
        return new Finding("ExplicitGcCall", level, file, line, 9, "System.gc() call number " + i, List.of(), -1,
                "big.F" + i / 10, "m" + i + "()", "System.gc();", FindingGraph.EMPTY, null);
    }
}
