package dev.refflow.report;

import dev.refflow.TestProjects;
import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.engine.RefFlowEngine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes sample reports to {@code target/report-samples} for a look in a real browser: the {@code browser} profile
 * takes full-page screenshots of them in headless Chromium and checks the page's policy there
 * ({@code src/test/browser/check-reports.mjs}). In the default build it only writes them.
 */
class ReportSamplesTest {
    static final Path SAMPLES = Path.of("target/report-samples");

    /** Cycles of each shape the pictures draw: returned, stored, held through a wrapper, of three, self-contained. */
    private static final String CYCLES = """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;

            class Cycles {
                static List<Object> CACHE;

                List<Object> returnsTheSecond() {
                    List<Object> a = new ArrayList<>();
                    List<Object> b = new ArrayList<>();
                    a.add(b);
                    b.add(a);
                    return b;
                }

                void keepsInAStatic() {
                    List<Object> first = new ArrayList<>();
                    List<Object> second = new ArrayList<>();
                    first.add(second);
                    second.add(first);
                    CACHE = second;
                }

                List<Object> wrapped() {
                    List<Object> a = new ArrayList<>();
                    List<Object> b = new ArrayList<>();
                    a.add(b);
                    b.add(a);
                    List<Object> wrapper = new ArrayList<>();
                    wrapper.add(b);
                    return wrapper;
                }

                Map<String, Object> threeWay() {
                    Map<String, Object> registry = new HashMap<>();
                    List<Object> handlers = new ArrayList<>();
                    List<Object> owners = new ArrayList<>();
                    registry.put("handlers", handlers);
                    handlers.add(owners);
                    owners.add(registry);
                    return registry;
                }

                List<Object> itself() {
                    List<Object> self = new ArrayList<>();
                    self.add(self);
                    return self;
                }
            }
            """;

    @Test
    void writeSamples() throws Exception {
        Files.createDirectories(SAMPLES);
        GeneratedReports.write(SAMPLES, "generated-200.html", 200);
        for (String project : new String[] {"retention", "mixed", "xss", "summaries"}) {
            Path out = Files.createTempDirectory("refflow-sample");
            AnalysisResult result = TestProjects.analyse(project, out);
            Files.copy(result.reports().get(ReportFormat.HTML), SAMPLES.resolve(project + ".html"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path cycles = Files.createTempDirectory("refflow-cycles");
        Files.createDirectories(cycles.resolve("src"));
        Files.writeString(cycles.resolve("src/Cycles.java"), CYCLES);
        AnalysisResult cycleResult = new RefFlowEngine().analyze(AnalysisRequest.builder(cycles)
                .sourceRoot(cycles.resolve("src")).outputDirectory(cycles.resolve("out")).projectName("cycles").build());
        Files.copy(cycleResult.reports().get(ReportFormat.HTML), SAMPLES.resolve("cycles.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the xss report with markup that got past the escaping, as if it had failed: the policy must stop it
        String xss = Files.readString(SAMPLES.resolve("xss.html"), StandardCharsets.UTF_8);
        String injected = xss.replaceFirst("<p class=\"msg\">",
                "<p class=\"msg\"><img src=\"x\" onerror=\"document.title='pwned'\">");
        assertTrue(injected.contains("onerror"));
        Files.writeString(SAMPLES.resolve("injected.html"), injected, StandardCharsets.UTF_8);
    }
}
