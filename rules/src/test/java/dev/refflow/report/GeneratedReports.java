package dev.refflow.report;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Module;
import dev.refflow.rules.Finding;
import dev.refflow.rules.FindingGraph;
import dev.refflow.rules.FindingOrder;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleCatalog;
import dev.refflow.rules.SourceExcerpt;
import dev.refflow.rules.TraceStep;
import dev.refflow.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Analysis results made up for report tests: many findings of every rule and level, over three modules and dozens
 * of files, each with words that tell it apart ({@code msg17} in its message, {@code code17} in its code), so filters
 * and searches can be checked against what the generator knows.
 */
final class GeneratedReports {
    static final List<String> MODULES = List.of("core", "service", "web");
    static final int FILES_PER_MODULE = 12;

    private GeneratedReports() {
    }

    static String file(int i) {
        String module = MODULES.get(i % MODULES.size());
        return module + "/src/main/java/app/" + module + "/Type" + (i / MODULES.size()) % FILES_PER_MODULE + ".java";
    }

    static String rule(int i) {
        List<String> ids = RuleCatalog.ids();
        return ids.get(i % ids.size());
    }

    static Level level(int i) {
        return Level.values()[(i / RuleCatalog.ids().size()) % Level.values().length];
    }

    /** Sized findings: every LargeAllocationReturned one, {@code 1024 * (i + 1)} bytes. */
    static long bytes(int i) {
        return rule(i).equals("LargeAllocationReturned") ? 1024L * (i + 1) : -1;
    }

    static int line(int i) {
        return 10 + i;
    }

    /** Finding {@code i} of a made-up analysis. */
    static Finding finding(Path base, int i) {
        String rel = file(i);
        SourceFile file = new SourceFile(base.resolve(rel), rel);
        SourceFile other = new SourceFile(base.resolve("core/src/main/java/app/core/Helper.java"),
                "core/src/main/java/app/core/Helper.java");
        int line = line(i);
        String code = "List<Object> code" + i + " = build(\"<b>" + i + "</b>\");";
        List<TraceStep> trace = new ArrayList<>();
        if (i % 7 != 3) {
            trace.add(new TraceStep(line - 1, line - 1, "allocate", "new ArrayList<>()"));
            trace.add(new TraceStep(9, 9, "add", "helper" + i + ".add(x)").in(other));
            trace.add(new TraceStep(line, line, "return to caller", code));
        }
        FindingGraph graph = i % 5 == 0 ? new FindingGraph(
                List.of(new FindingGraph.Node(0, "weak map CACHE" + i, 0, true),
                        new FindingGraph.Node(1, "key k" + i + " (new Key(\"<k>\"))", line, false)),
                List.of(new FindingGraph.Edge(0, 1, "value (strong)", true),
                        new FindingGraph.Edge(0, 1, "key (weak)", false)))
                : FindingGraph.EMPTY;
        SourceExcerpt excerpt = new SourceExcerpt(line - 1, List.of("    void m" + i + "() {", "        " + code,
                "    }"));
        return new Finding(rule(i), level(i), file, line, 9, "msg" + i + ": something <i>retained</i> & kept",
                trace, bytes(i), "app.Type" + i, "m" + i + "()", code, graph, excerpt);
    }

    /** {@code n} findings over three modules, in the engine's order. */
    static AnalysisResult result(Path base, int n) {
        List<Module> modules = MODULES.stream().map(m -> new Module(m, m)).toList();
        return withoutModules(base, n).withModules(modules);
    }

    /** {@code n} findings of an analysis that is not an aggregate: the same files, no modules. */
    static AnalysisResult withoutModules(Path base, int n) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            findings.add(finding(base, i));
        }
        findings.sort(FindingOrder.ORDER);
        return new AnalysisResult(findings, List.of(), RuleCatalog.descriptors(), n, 100L * n, Map.of());
    }

    /** The report of {@code n} made-up findings, written to {@code dir/name}. */
    static Path write(Path dir, String name, int n) throws IOException {
        return write(dir.resolve(name), result(dir, n));
    }

    static Path write(Path target, AnalysisResult result) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, new HtmlReportWriter().render(result, "generated"), StandardCharsets.UTF_8);
        return target;
    }
}
