package dev.refflow.rules;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.engine.RefFlowEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picture of a cycle: its escaping reference points at the object actually returned or stored. */
class CyclePictureTest {

    private static FindingGraph graphOf(Path dir, String body) throws Exception {
        return findingOf(dir, body).graph();
    }

    private static Finding findingOf(Path dir, String body) throws Exception {
        Path file = dir.resolve("src/Cycles.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                import java.util.ArrayList;
                import java.util.Collection;
                import java.util.List;

                class Cycles {
                    static List<Object> CACHE;

                """ + body + "\n}\n");
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(dir)
                .sourceRoot(dir.resolve("src")).outputDirectory(dir.resolve("out")).projectName("cycles").build());
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals("CyclicReference")).toList();
        assertEquals(1, found.size(), result.findings().toString());
        return found.get(0);
    }

    /** The node the escaping edge points at, with the edge's label: {@code return -> b (new ArrayList<>())}. */
    private static String escapingTarget(FindingGraph g) {
        List<FindingGraph.Edge> escaping = g.edges().stream().filter(FindingGraph.Edge::escaping).toList();
        assertEquals(1, escaping.size(), g.toString());
        FindingGraph.Edge e = escaping.get(0);
        assertTrue(g.nodes().get(e.from()).root(), "the escaping edge leaves the root: " + g);
        return e.label() + " -> " + g.nodes().get(e.to()).label();
    }

    private static final String PAIR = """
                List<Object> a = new ArrayList<>();
                List<Object> b = new ArrayList<>();
                a.add(b);
                b.add(a);
            """;

    @Test
    void returningTheSecondMemberPointsAtIt(@TempDir Path dir) throws Exception {
        FindingGraph g = graphOf(dir, "List<Object> pair() {\n" + PAIR + "    return b;\n}");
        assertEquals("return -> b (new ArrayList<>())", escapingTarget(g));
    }

    @Test
    void returningTheFirstMemberPointsAtIt(@TempDir Path dir) throws Exception {
        FindingGraph g = graphOf(dir, "List<Object> pair() {\n" + PAIR + "    return a;\n}");
        assertEquals("return -> a (new ArrayList<>())", escapingTarget(g));
    }

    @Test
    void storingTheSecondMemberPointsAtIt(@TempDir Path dir) throws Exception {
        FindingGraph g = graphOf(dir, "void keep() {\n" + PAIR + "    CACHE = b;\n}");
        assertEquals("static -> b (new ArrayList<>())", escapingTarget(g));
    }

    @Test
    void addingToAnOutsideContainerPointsAtTheAddedMember(@TempDir Path dir) throws Exception {
        FindingGraph g = graphOf(dir, "void collect(Collection<Object> out) {\n" + PAIR + "    out.add(b);\n}");
        assertEquals("outside -> b (new ArrayList<>())", escapingTarget(g));
    }

    @Test
    void aWrapperThatHoldsTheCycleIsDrawnBetweenTheRootAndTheCycle(@TempDir Path dir) throws Exception {
        Finding f = findingOf(dir, "List<Object> wrapped() {\n" + PAIR
                + "    List<Object> w = new ArrayList<>();\n    w.add(b);\n    return w;\n}");
        FindingGraph g = f.graph();
        assertEquals(List.of("new ArrayList<>()", "new ArrayList<>()", "a.add(b)", "b.add(a)", "new ArrayList<>()",
                "w.add(b)", "return w;"), f.trace().stream().map(TraceStep::text).toList(), "the trace shows the wrapper");
        assertEquals("return -> w (new ArrayList<>())", escapingTarget(g));
        FindingGraph.Node w = g.nodes().stream().filter(n -> n.label().startsWith("w ")).findFirst().orElseThrow();
        FindingGraph.Node b = g.nodes().stream().filter(n -> n.label().startsWith("b ")).findFirst().orElseThrow();
        assertTrue(g.edges().stream().anyMatch(e -> e.from() == w.id() && e.to() == b.id() && !e.escaping()),
                "w holds b: " + g);
        assertEquals(4, g.nodes().size(), g.toString());
    }
}
