package dev.refflow.engine;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;

import dev.refflow.rules.Finding;
import dev.refflow.source.ProcessingProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pathological file becomes a processing problem that names it, and the other files are analysed as usual.
 */
class RobustnessTest {
    private static final String GC = """
            class Gc {
                void tidy() {
                    System.gc();
                }
            }
            """;

    private static AnalysisResult analyse(Path dir, Duration limit) {
        return new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src")).threads(2)
                .fileTimeLimit(limit).build());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src").resolve(name), text);
    }

    private static void assertOnlyProblemIn(AnalysisResult r, String file, String message) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        ProcessingProblem p = r.problems().get(0);
        assertEquals(file, p.file().path().getFileName().toString());
        assertTrue(p.message().contains(message), p.message());
        assertEquals(List.of("ExplicitGcCall"), r.findings().stream().map(Finding::ruleId).toList(),
                "the other file is analysed");
    }

    @Test
    void aFileOverTheTimeLimitIsSkippedAndNamed(@TempDir Path dir) throws IOException {
        write(dir, "Gc.java", GC);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            body.append("x += ").append(i).append(";\n");
        }
        write(dir, "Long.java", "class Long { int m(int x) {\n" + body + "return x; } }\n");
        // a limit only a short file can meet: the clock is read every few hundred statements
        assertOnlyProblemIn(analyse(dir, Duration.ofNanos(1)), "Long.java", "took longer than the time limit");
        AnalysisResult normal = analyse(dir, Duration.ofSeconds(30));
        assertTrue(normal.problems().isEmpty(), normal.problems().toString());
    }

    @Test
    void deeplyNestedLoopsAreAnalysedInLinearTime(@TempDir Path dir) throws IOException {
        write(dir, "Gc.java", GC);
        String body = "list.add(new Object());";
        for (int i = 0; i < 30; i++) {
            body = "for (int i" + i + " = 0; i" + i + " < 10; i" + i + "++) { " + body + " }";
        }
        write(dir, "Deep.java", "import java.util.*;\nclass Deep { List<Object> m() { List<Object> list = "
                + "new ArrayList<>(); " + body + " return list; } }\n");
        // each level running its body twice would be 2^30 passes: the default limit would stop it
        AnalysisResult r = analyse(dir, Duration.ofSeconds(30));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void codeNestedDeeperThanTheStackIsSkippedAndNamed(@TempDir Path dir) throws IOException {
        write(dir, "Gc.java", GC);
        int depth = 200_000;
        write(dir, "Parens.java", "class Parens { int m(int a) { return " + "(".repeat(depth) + "a" + ")".repeat(depth)
                + "; } }\n");
        assertOnlyProblemIn(analyse(dir, Duration.ofSeconds(30)), "Parens.java", "nests too deeply");
    }

    @Test
    void aHugeFileIsSkippedAndNamed(@TempDir Path dir) throws IOException {
        write(dir, "Gc.java", GC);
        StringBuilder big = new StringBuilder("class Big {\n");
        while (big.length() <= RefFlowEngine.MAX_FILE_BYTES) {
            big.append("    static final String S").append(big.length()).append(" = \"").append("x".repeat(200))
                    .append("\";\n");
        }
        write(dir, "Big.java", big.append("}\n").toString());
        assertOnlyProblemIn(analyse(dir, Duration.ofSeconds(30)), "Big.java", "MiB RefFlow analyses in one file");
    }
}
