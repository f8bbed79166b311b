package dev.refflow.api;

import dev.refflow.rules.Finding;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.Level;
import dev.refflow.rules.SourceExcerpt;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildGateTest {
    private static final SourceFile FILE = new SourceFile(Path.of("/p/src/A.java"), "src/A.java");

    private static Finding finding(Level level, int line) {
        return new Finding("ExplicitGcCall", level, FILE, line, 9, "m", List.of(), -1, "A", "m()", "System.gc();",
                FindingGraph.EMPTY, SourceExcerpt.NONE);
    }

    private static AnalysisResult result(List<Finding> findings, List<ProcessingProblem> problems) {
        return new AnalysisResult(findings, problems, List.of(), 1, 10, Map.of());
    }

    @Test
    void countsOnlyFindingsAtOrAboveTheLevel() {
        AnalysisResult r = result(List.of(finding(Level.NOTE, 1), finding(Level.WARNING, 2), finding(Level.ERROR, 3)),
                List.of());
        BuildGate.Decision onWarning = new BuildGate(Level.WARNING, 0, true).decide(r);
        assertEquals(BuildGate.Outcome.FINDINGS, onWarning.outcome());
        assertEquals(List.of(2, 3), onWarning.counted().stream().map(Finding::line).toList());
        assertEquals(BuildGate.Outcome.PASS, new BuildGate(Level.ERROR, 1, true).decide(r).outcome());
        assertEquals(BuildGate.Outcome.FINDINGS, new BuildGate(Level.NOTE, 2, true).decide(r).outcome());
        assertFalse(new BuildGate(Level.NOTE, 3, true).decide(r).fails());
    }

    @Test
    void processingProblemsFailFirstUnlessAllowed() {
        AnalysisResult r = result(List.of(), List.of(new ProcessingProblem(FILE, 1, 1, "Parse error")));
        assertEquals(BuildGate.Outcome.PROCESSING_PROBLEMS, BuildGate.DEFAULT.decide(r).outcome());
        assertTrue(BuildGate.DEFAULT.decide(r).fails());
        assertEquals(BuildGate.Outcome.PASS, new BuildGate(Level.WARNING, 0, false).decide(r).outcome());
    }

    @Test
    void aNegativeAllowanceIsRefusedByName() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> new BuildGate(Level.WARNING, -1, true));
        assertEquals("maxAllowedFindings", e.parameter());
    }
}
