package dev.refflow.report;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.rules.Finding;
import dev.refflow.rules.TraceStep;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trace step in another file than its finding's names that file, in the finding and in the report. */
class TraceFilesTest {

    private static AnalysisResult analyse(Path dir, Path out, String... files) throws Exception {
        for (int i = 0; i < files.length; i += 2) {
            Path file = dir.resolve("src").resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        return new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src"))
                .outputDirectory(out).projectName("trace-files").build());
    }

    private static Finding only(AnalysisResult result, String ruleId) {
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), result.findings().toString());
        return found.get(0);
    }

    private static List<String> wheres(Finding f) {
        return f.trace().stream().map(s -> s.where(f.file())).toList();
    }

    @Test
    void aStaticDeclaredInAnotherFileIsShownWithItsFile(@TempDir Path dir, @TempDir Path out) throws Exception {
        AnalysisResult result = analyse(dir, out,
                "app/Registry.java", """
                        package app;

                        public class Registry {
                            public static Object active;
                        }
                        """,
                "app/Screen.java", """
                        package app;

                        class Screen {
                            private final int[] state = new int[1024];

                            void activate() {
                                Registry.active = this;
                            }
                        }
                        """);
        Finding f = only(result, "StaticReferenceToInstance");
        assertEquals("src/app/Screen.java", f.file().relativePath());
        assertEquals(List.of("src/app/Registry.java:4", "L7"), wheres(f));

        Document html = Jsoup.parse(result.reports().get(ReportFormat.HTML).toFile(), "UTF-8");
        List<String> shown = html.select("article.finding ol.trace .where").eachText();
        assertEquals(List.of("src/app/Registry.java:4", "L7"), shown);
    }

    @Test
    void growthBeyondTheFirstFivePlacesNamesTheFileOfTheSixth(@TempDir Path dir, @TempDir Path out)
            throws Exception {
        StringBuilder adders = new StringBuilder("package app;\n\nclass Adders {\n");
        for (int i = 0; i < 7; i++) {
            adders.append("    void add").append(i).append("(String s) {\n        Store.SEEN.add(s);\n    }\n");
        }
        adders.append("}\n");
        AnalysisResult result = analyse(dir, out,
                "app/Store.java", """
                        package app;

                        import java.util.ArrayList;
                        import java.util.List;

                        class Store {
                            static final List<String> SEEN = new ArrayList<>();
                        }
                        """,
                "app/Adders.java", adders.toString());
        Finding f = only(result, "UnboundedCollection");
        assertEquals("src/app/Store.java", f.file().relativePath());
        for (TraceStep s : f.trace()) {
            if (s.action().equals("add")) {
                assertTrue(s.where(f.file()).startsWith("src/app/Adders.java:"), s + " in " + wheres(f));
            }
        }
        assertTrue(f.trace().stream().anyMatch(s -> s.text().contains("more places")), f.trace().toString());
    }
}
