package dev.refflow.model;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.rules.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The size model against reality: each fixture method is estimated from its source and then run, and the
 * object it returns is measured with JOL. They must agree within 10%.
 */
class SizeModelVsJolTest {
    private static final Path FIXTURES = Path.of("src/test/java/dev/refflow/model");
    private static final Map<String, Long> ESTIMATES = new HashMap<>();

    @BeforeAll
    static void estimate() {
        // every returned allocation is "large" at 1 byte, so each fixture gets a finding carrying its estimate
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(FIXTURES)
                .sourceRoot(FIXTURES).includes(List.of("SizeFixtures.java")).largeAllocationBytes(1).build());
        for (Finding f : result.findings()) {
            if (f.ruleId().equals("LargeAllocationReturned")) {
                ESTIMATES.put(f.member().substring(0, f.member().indexOf('(')), f.estimatedBytes());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"boxedIntsByLoop", "boxedIntsByStream", "intArray", "byteArray", "hashMapOfStrings",
            "presizedEmptyList", "linkedList", "hashSet", "streamToList", "matrix", "listOfArrays"})
    void estimateMatchesJol(String fixture) throws Exception {
        assertTrue(VM.current().addressSize() == 4 || VM.current().addressSize() == 8);
        assertEquals(4, VM.current().sizeOfField("java.lang.Object"),
                "the model assumes compressed oops (4-byte references)");
        Long estimate = ESTIMATES.get(fixture);
        assertNotNull(estimate, "no estimate for " + fixture + "; estimates: " + ESTIMATES);
        Method m = SizeFixtures.class.getDeclaredMethod(fixture);
        m.setAccessible(true);
        Object built = m.invoke(null);
        long measured = GraphLayout.parseInstance(built).totalSize();
        double ratio = (double) estimate / measured;
        System.out.printf(Locale.ROOT, "size %-18s estimate %,12d  JOL %,12d  ratio %.4f%n", fixture, estimate,
                measured, ratio);
        assertTrue(Math.abs(ratio - 1) <= 0.10, fixture + ": estimate " + estimate + " vs measured " + measured
                + " (ratio " + ratio + ")");
    }
}
