package dev.refflow.report;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.model.JvmLayout;
import dev.refflow.source.ProcessingProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console lines, in the form compilers use so IDEs and CI logs turn them into links:
 * {@code /abs/path/Foo.java:[12,5] LargeAllocationReturned: message}. The level prefix
 * ({@code [WARNING] }) is added by whoever prints them: Maven's log does it itself.
 */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** One console line without its level prefix. */
    public record Line(Level level, String text) {
        /** The line as a compiler prints it: {@code [WARNING] /abs/Foo.java:[12,5] Rule: message}. */
        public String withPrefix() {
            String prefix = switch (level) {
                case ERROR -> "[ERROR] ";
                case WARNING -> "[WARNING] ";
                case NOTE -> "[INFO] ";
            };
            return prefix + text;
        }
    }

    public static List<Line> findings(AnalysisResult result) {
        List<Line> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            out.add(new Line(f.level(), location(f.file().path(), f.line(), f.column()) + " " + f.ruleId() + ": "
                    + f.message()));
        }
        return out;
    }

    /** Trace lines shown under a finding on the console at most; the reports have them all. */
    public static final int TRACE_LINES = 12;

    /**
     * The flow trace of a finding as indented lines for under its console line, as javac prints notes: {@code L15}
     * for a line of the finding's file, {@code util/Lists.java:12} for one in another file (a method it calls).
     */
    public static List<String> trace(Finding f) {
        List<String> out = new ArrayList<>();
        List<dev.refflow.rules.TraceStep> steps = f.trace();
        for (int i = 0; i < Math.min(TRACE_LINES, steps.size()); i++) {
            dev.refflow.rules.TraceStep s = steps.get(i);
            out.add("    " + s.where(f.file()) + " " + s.action() + " " + s.text());
        }
        if (steps.size() > TRACE_LINES) {
            out.add("    ... " + (steps.size() - TRACE_LINES) + " more steps in the report");
        }
        return out;
    }

    public static List<Line> problems(AnalysisResult result) {
        List<Line> out = new ArrayList<>();
        for (ProcessingProblem p : result.problems()) {
            out.add(new Line(Level.ERROR, location(p.file().path(), p.line(), p.column())
                    + " processing problem: " + p.message()));
        }
        return out;
    }

    /** One line of totals: {@code RefFlow: 3 findings (1 error, 2 warnings, 0 notes) in 12 files, ...}. */
    public static String summary(AnalysisResult result) {
        StringBuilder sb = new StringBuilder("RefFlow: ");
        sb.append(plural(result.findings().size(), "finding")).append(" (")
                .append(plural(result.count(Level.ERROR), "error")).append(", ")
                .append(plural(result.count(Level.WARNING), "warning")).append(", ")
                .append(plural(result.count(Level.NOTE), "note")).append(") in ")
                .append(plural(result.filesAnalysed(), "file"));
        if (result.totalEstimatedBytes() > 0) {
            sb.append(", about ").append(JvmLayout.formatBytes(result.totalEstimatedBytes())).append(" retained");
        }
        if (!result.problems().isEmpty()) {
            sb.append("; ").append(plural(result.problems().size(), "processing problem"));
        }
        if (result.baseline().applied()) {
            sb.append("; ").append(result.baseline().baselined().size()).append(" more accepted by the baseline");
        }
        if (!result.suppressed().isEmpty()) {
            sb.append("; ").append(result.suppressed().size()).append(" suppressed in the source");
        }
        return sb.toString();
    }

    /**
     * The totals line as the build log prints it, ending with the Java level the sources were read at and how long
     * the analysis took: {@code RefFlow: 3 findings (...) in 12 files; Java 17, 1.4 s}.
     */
    public static String summary(AnalysisResult result, dev.refflow.source.JavaVersion level,
                                 java.time.Duration took) {
        return summary(result) + "; Java " + level.displayName() + ", "
                + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
    }

    /**
     * One line per baseline entry that matched no finding: the code was fixed (or changed beyond recognition),
     * so the baseline can be refreshed. Informational; they never fail a build.
     */
    public static List<String> fixedBaselineEntries(AnalysisResult result) {
        List<String> out = new ArrayList<>();
        for (dev.refflow.api.Baseline.Entry e : result.baseline().fixed()) {
            out.add("RefFlow baseline entry fixed (no longer found): " + e.ruleId() + " at " + e.file() + ":" + e.line()
                    + " in " + e.type() + (e.member().isEmpty() ? "" : "." + e.member()));
        }
        if (!out.isEmpty()) {
            out.add("RefFlow: " + plural(out.size(), "baseline entry").replace("entrys", "entries")
                    + " no longer found; refresh " + result.baseline().file().getFileName()
                    + " with the refflow:baseline goal");
        }
        return out;
    }

    /** Where the reports are: {@code Report: /abs/target/refflow/index.html}. */
    public static List<String> reportPaths(AnalysisResult result) {
        List<String> out = new ArrayList<>();
        Path html = result.reports().get(ReportFormat.HTML);
        Path sarif = result.reports().get(ReportFormat.SARIF);
        if (html != null) {
            out.add("RefFlow report: " + html);
        }
        if (sarif != null) {
            out.add("RefFlow SARIF: " + sarif);
        }
        return out;
    }

    static String location(Path file, int line, int column) {
        if (line <= 0) {
            return file.toString();
        }
        return file + ":[" + line + "," + Math.max(1, column) + "]";
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%d %s%s", n, word, n == 1 ? "" : "s");
    }
}
