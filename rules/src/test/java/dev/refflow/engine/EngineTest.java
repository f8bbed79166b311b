package dev.refflow.engine;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.InvalidRequestException;
import dev.refflow.api.ReportFormat;

import dev.refflow.api.AnalysisResult;

import dev.refflow.TestProjects;
import dev.refflow.rules.Finding;
import dev.refflow.source.ProcessingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {

    @Test
    void aFileThatDoesNotParseIsAProblemAndTheRestIsStillAnalysed(@TempDir Path out) {
        AnalysisResult result = TestProjects.analyse("mixed", out);
        assertEquals(2, result.filesAnalysed());
        assertEquals(1, result.problems().size());
        ProcessingProblem p = result.problems().get(0);
        assertEquals("src/app/Broken.java", p.file().relativePath());
        assertEquals(5, p.line());
        assertTrue(p.column() > 0);
        assertTrue(p.message().contains("Parse error"), p.message());
        assertEquals(List.of("CyclicReference", "ExplicitGcCall"), result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aFileInTheWrongEncodingIsReportedAndStillAnalysed(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        byte[] latin1 = ("class Latin { // caf\u00e9\n void f() { System.gc(); }\n}\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(src.resolve("Latin.java"), latin1);
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(src).build());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("not valid UTF-8"), result.problems().toString());
        assertEquals(1, result.problems().get(0).line());
        assertEquals(1, result.findings().size(), "the file's code is still analysed");
    }

    @Test
    void sameSourcesGiveByteIdenticalReportsWhateverTheThreadCount(@TempDir Path out) throws Exception {
        Path project = TestProjects.project("mixed");
        AnalysisResult one = new RefFlowEngine().analyze(AnalysisRequest.builder(project)
                .sourceRoot(project.resolve("src")).outputDirectory(out.resolve("one")).threads(1).build());
        AnalysisResult two = new RefFlowEngine().analyze(AnalysisRequest.builder(project)
                .sourceRoot(project.resolve("src")).outputDirectory(out.resolve("two")).threads(2).build());
        for (ReportFormat f : ReportFormat.values()) {
            assertArrayEquals(Files.readAllBytes(one.reports().get(f)), Files.readAllBytes(two.reports().get(f)),
                    f + " differs between runs");
        }
    }

    @Test
    void badParametersNameTheParameterAndTheAllowedValues() {
        Path dir = Path.of(".");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> AnalysisRequest.builder(dir).largeAllocationBytes(-5).build());
        assertEquals("largeAllocationBytes", e.parameter());
        e = assertThrows(InvalidRequestException.class, () -> AnalysisRequest.builder(dir).languageLevel("42").build());
        assertEquals("languageLevel", e.parameter());
        assertTrue(e.getMessage().contains("allowed"), e.getMessage());
        e = assertThrows(InvalidRequestException.class, () -> AnalysisRequest.builder(dir).rule("NoSuchRule", "error").build());
        assertTrue(e.getMessage().contains("CyclicReference"), e.getMessage());
        e = assertThrows(InvalidRequestException.class, () -> AnalysisRequest.builder(dir).rule("ExplicitGcCall", "loud").build());
        assertTrue(e.getMessage().contains("off"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("pdf"));
    }

    @Test
    void rulesCanBeSwitchedOffOrReleveled(@TempDir Path out) {
        Path project = TestProjects.project("mixed");
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(project)
                .sourceRoot(project.resolve("src")).rule("ExplicitGcCall", "off").rule("CyclicReference", "error").build());
        assertEquals(1, result.findings().size());
        assertEquals("error", result.findings().get(0).level().id());
        Set<String> expected = new java.util.HashSet<>(dev.refflow.rules.RuleCatalog.ids());
        expected.remove("ExplicitGcCall");
        assertEquals(expected, Set.copyOf(result.rules().stream().map(r -> r.id()).toList()));
    }
}
